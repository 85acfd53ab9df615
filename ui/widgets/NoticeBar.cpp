#include "NoticeBar.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NoticeBar::NoticeBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("noticeBar"));
    setStyleSheet(QStringLiteral("QFrame#noticeBar { background: %3; border-bottom: 2px "
                                 "solid %1; } QLabel { color: %2; }")
                      .arg(Theme::color(Theme::Role::Red).name(),
                           Theme::color(Theme::Role::Ink).name(),
                           Theme::color(Theme::Role::RedTint).name()));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setAccessibleName(tr("Dismiss the message"));
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 10, 24, 10);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss);
    hide();
}

void NoticeBar::showProblem(const QString& message) {
    m_text->setText(message);
    setAccessibleDescription(message);
    show();
}

QString NoticeBar::text() const {
    return m_text->text();
}
