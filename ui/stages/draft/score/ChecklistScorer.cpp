#include "ChecklistScorer.h"

#include "Theme.h"
#include "playbook/Playbook.h"
#include "stages/common/StageWidgets.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QToolButton* makeAnswerButton(const QString& text, const QString& accessible, const QColor& colour,
                              const QColor& textColour, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setCheckable(true);
    b->setFocusPolicy(Qt::NoFocus); // the scorer keeps the focus; keys work from there
    b->setAccessibleName(accessible);
    b->setMinimumWidth(72);
    b->setStyleSheet(QStringLiteral("QToolButton:checked { background: %1; border-color: %1; "
                                    "color: %2; font-weight: 600; }")
                         .arg(colour.name(), textColour.name()));
    return b;
}
} // namespace

ChecklistScorer::ChecklistScorer(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("checklistScorer"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Checklist answers: Y yes, P partly, N no, arrows move"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    int n = 0;
    for (const ChecklistCriterion& c : Playbook::standard().checklist()) {
        RowWidgets row;
        row.key = c.key;
        row.frame = new QFrame(this);
        row.frame->setObjectName(QStringLiteral("checklistRow"));
        row.frame->setAttribute(Qt::WA_StyledBackground);
        auto* h = new QHBoxLayout(row.frame);
        h->setContentsMargins(10, 4, 10, 4);
        h->setSpacing(6);
        QLabel* title = StageWidgets::label(tr("%1  %2").arg(++n).arg(c.title), row.frame);
        title->setToolTip(c.question.isEmpty() ? c.meaning : c.question);
        h->addWidget(title, 1);
        row.yes = makeAnswerButton(tr("Yes"), tr("Yes: %1").arg(c.title),
                                   Theme::color(Theme::Role::Calm), Qt::white, row.frame);
        row.partly = makeAnswerButton(tr("Partly"), tr("Partly: %1").arg(c.title),
                                      Theme::color(Theme::Role::Amber),
                                      Theme::color(Theme::Role::Ink), row.frame);
        row.no = makeAnswerButton(tr("No"), tr("No: %1").arg(c.title),
                                  Theme::color(Theme::Role::Red), Qt::white, row.frame);
        h->addWidget(row.yes);
        h->addWidget(row.partly);
        h->addWidget(row.no);
        row.summary = StageWidgets::hint({}, row.frame);
        row.summary->setObjectName(QStringLiteral("checklistSummary"));
        // "1 yes · 2 partly · 0 no" on one line where there is room, on two on a small screen.
        row.summary->setMinimumWidth(110);
        row.summary->setMaximumWidth(200);
        h->addWidget(row.summary);
        const int index = int(m_rows.size());
        const auto connectButton = [this, index](QAbstractButton* b, ChecklistAnswer a) {
            connect(b, &QAbstractButton::clicked, this, [this, index, a] {
                // Clicking the chosen answer again clears it.
                const bool clear = m_rows.at(index).answer == a;
                setCurrentRow(index);
                choose(index, clear ? std::nullopt : std::optional(a), false);
            });
        };
        connectButton(row.yes, ChecklistAnswer::Yes);
        connectButton(row.partly, ChecklistAnswer::Partly);
        connectButton(row.no, ChecklistAnswer::No);
        layout->addWidget(row.frame);
        m_rows.append(row);
    }
    paintCurrent();
}

QString ChecklistScorer::criterionKey(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

void ChecklistScorer::setCurrentRow(int row) {
    if (m_rows.isEmpty())
        return;
    m_current = std::clamp(row, 0, int(m_rows.size()) - 1);
    paintCurrent();
}

void ChecklistScorer::setRows(const QList<Row>& rows) {
    for (int i = 0; i < m_rows.size(); ++i) {
        RowWidgets& r = m_rows[i];
        const Row row = i < rows.size() ? rows.at(i) : Row();
        r.answer = row.answer;
        r.yes->setChecked(row.answer == ChecklistAnswer::Yes);
        r.partly->setChecked(row.answer == ChecklistAnswer::Partly);
        r.no->setChecked(row.answer == ChecklistAnswer::No);
        r.summary->setText(row.summary);
        r.summary->setVisible(!row.summary.isEmpty());
        if (row.split == r.split)
            continue; // a style sheet set again restyles and lays out the label again
        r.split = row.split;
        r.summary->setStyleSheet(row.split
                                     ? QStringLiteral("color: %1; font-weight: 600;")
                                           .arg(Theme::color(Theme::Role::Amber).darker(130).name())
                                     : QString());
    }
}

QAbstractButton* ChecklistScorer::answerButton(int row, ChecklistAnswer answer) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const RowWidgets& r = m_rows.at(row);
    return answer == ChecklistAnswer::Yes      ? r.yes
           : answer == ChecklistAnswer::Partly ? r.partly
                                               : r.no;
}

QLabel* ChecklistScorer::summaryLabel(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary : nullptr;
}

void ChecklistScorer::choose(int row, std::optional<ChecklistAnswer> answer, bool advance) {
    emit answered(row, answer);
    if (!advance || !answer)
        return;
    if (row + 1 < m_rows.size())
        setCurrentRow(row + 1);
    else
        emit answeredLastRow();
}

void ChecklistScorer::keyPressEvent(QKeyEvent* event) {
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QFrame::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Y:
        choose(m_current, ChecklistAnswer::Yes, true);
        return;
    case Qt::Key_P:
        choose(m_current, ChecklistAnswer::Partly, true);
        return;
    case Qt::Key_N:
        choose(m_current, ChecklistAnswer::No, true);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        choose(m_current, std::nullopt, false);
        return;
    case Qt::Key_Up:
        setCurrentRow(m_current - 1);
        return;
    case Qt::Key_Down:
        setCurrentRow(m_current + 1);
        return;
    case Qt::Key_Home:
        setCurrentRow(0);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void ChecklistScorer::focusInEvent(QFocusEvent* event) {
    QFrame::focusInEvent(event);
    paintCurrent();
}

void ChecklistScorer::focusOutEvent(QFocusEvent* event) {
    QFrame::focusOutEvent(event);
    paintCurrent();
}

void ChecklistScorer::paintCurrent() {
    const QString mist = Theme::color(Theme::Role::Mist).name();
    const QString night = Theme::color(Theme::Role::Night).name();
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool current = i == m_current;
        m_rows[i].frame->setStyleSheet(
            current ? QStringLiteral("QFrame#checklistRow { background: %1; border-radius: 6px; "
                                     "border-left: 3px solid %2; }")
                          .arg(mist, hasFocus() ? night : mist)
                    : QStringLiteral("QFrame#checklistRow { background: transparent; "
                                     "border-left: 3px solid transparent; }"));
    }
}
