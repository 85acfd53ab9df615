#include "ConvergeIssueLabel.h"

#include "Theme.h"

ConvergeIssueLabel::ConvergeIssueLabel(Level level, QWidget* parent)
    : QLabel(parent)
    , m_level(level) {
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    // Amber text on white is too faint to read, so warnings use a darker amber.
    const QColor color = level == Level::Error ? Theme::color(Theme::Role::Red)
                                               : Theme::color(Theme::Role::Amber).darker(145);
    setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    setObjectName(level == Level::Error ? QStringLiteral("convergeError")
                                        : QStringLiteral("convergeWarning"));
    hide();
}

void ConvergeIssueLabel::setMessages(const QStringList& messages) {
    m_messages = messages;
    QStringList lines;
    const QString mark = m_level == Level::Error ? tr("✕") : tr("⚠");
    for (const QString& message : messages)
        lines << tr("%1 %2").arg(mark, message);
    setText(lines.join(u'\n'));
    setAccessibleName(lines.join(u' '));
    setVisible(!messages.isEmpty());
}
