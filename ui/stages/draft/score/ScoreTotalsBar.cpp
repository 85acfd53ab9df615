#include "ScoreTotalsBar.h"

#include "InputGuard.h"
#include "stages/common/StageWidgets.h"

#include <QAction>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ScoreTotalsBar::ScoreTotalsBar(QWidget* parent)
    : QWidget(parent)
    , m_answered(StageWidgets::label({}, this, "checklistAnswered"))
    , m_totals(new QPushButton(this)) {
    m_answered->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_totals->setObjectName(QStringLiteral("checklistTotalsButton"));
    m_totals->setCheckable(true);
    m_totals->setAccessibleName(tr("Show or hide the room's checklist totals on the projector"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_answered, 1);
    row->addWidget(m_totals);
    connect(m_totals, &QPushButton::clicked, this,
            [this](bool checked) { emit totalsRequested(checked); });
    // Showing the room's answers takes a click or its own shortcut, never a stray Space or
    // Enter on the focused button.
    InputGuard::markRevealing(m_totals);
    auto* toggle = new QAction(this);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this] {
        if (isVisible())
            emit totalsRequested(!m_totals->isChecked());
    });
    setState(0, 0, false);
}

void ScoreTotalsBar::setState(int answered, int people, bool shown) {
    m_answered->setText(people > 0
                            ? tr("%1 of %2 have answered every point").arg(answered).arg(people)
                            : tr("Nobody is on the roster yet"));
    m_totals->setChecked(shown);
    m_totals->setText(shown ? tr("Hide the totals") : tr("Show the totals"));
    m_totals->setToolTip(shown ? tr("The projector shows the room's answers for this candidate "
                                    "(Ctrl+Shift+T hides them)")
                               : tr("The projector shows only how many have answered "
                                    "(Ctrl+Shift+T shows their answers)"));
}
