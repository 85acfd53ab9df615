// The two cards of the "share and score" console page: the candidates in the order they
// are shown, and the checklist with its consensus / person-by-person switch.
#include "ScorePage.h"

#include "ChecklistScorer.h"
#include "ScoreTotalsBar.h"
#include "Theme.h"
#include "UserText.h"
#include "agenda/AgendaPlan.h"
#include "domain/StageKeys.h"
#include "domain/TextLimits.h"
#include "scoring/ChecklistTally.h"
#include "scoring/Shortlist.h"
#include "session/DecisionCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateBrief.h"
#include "stages/draft/CandidateText.h"
#include "stages/draft/DraftLook.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"
#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

QWidget* ScorePage::createListCard() {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card(tr("Candidates"), this, &body);
    m_list = new QListWidget(frame);
    m_list->setObjectName(QStringLiteral("scoreCandidates"));
    m_list->setAccessibleName(tr("Candidates to share and score"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(DraftLook::listStyleSheet());
    body->addWidget(m_list, 1);
    body->addWidget(StageWidgets::hint(
        tr("The projector shows the candidate picked here. Alt+← and Alt+→ move."), frame));
    auto* previous = new QPushButton(tr("← Previous"), frame);
    previous->setAccessibleName(tr("Show the previous candidate to the room"));
    previous->setToolTip(tr("Alt+Left"));
    auto* next = new QPushButton(tr("Next →"), frame);
    next->setObjectName(QStringLiteral("primary"));
    next->setAccessibleName(tr("Show the next candidate to the room"));
    next->setToolTip(tr("Alt+Right"));
    m_previous = previous;
    m_next = next;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addStretch();
    buttons->addWidget(next);
    body->addLayout(buttons);
    connect(previous, &QPushButton::clicked, this, &ScorePage::showPrevious);
    connect(next, &QPushButton::clicked, this, &ScorePage::showNext);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentIndex())
            showCandidateAt(row);
    });
    return frame;
}

QWidget* ScorePage::createChecklistCard() {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card(tr("The checklist"), this, &body);
    auto* consensus = new QPushButton(tr("Group consensus"), frame);
    consensus->setCheckable(true);
    consensus->setAccessibleName(tr("Score the checklist by group consensus"));
    auto* perPerson = new QPushButton(tr("Each person"), frame);
    perPerson->setCheckable(true);
    perPerson->setAccessibleName(tr("Score the checklist person by person"));
    m_consensus = consensus;
    m_perPerson = perPerson;
    for (QPushButton* b : {consensus, perPerson}) {
        b->setStyleSheet(QStringLiteral("QPushButton:checked { background: %1; color: white; "
                                        "border-color: %1; font-weight: 600; }")
                             .arg(Theme::color(Theme::Role::Night).name()));
        // The checked look is bolder and so wider: make room for it up front.
        QFont bold = b->font();
        bold.setWeight(QFont::DemiBold);
        const int wider = QFontMetrics(bold).horizontalAdvance(b->text()) -
                          b->fontMetrics().horizontalAdvance(b->text());
        b->setMinimumWidth(b->sizeHint().width() + qMax(0, wider));
    }
    auto* group = new QButtonGroup(frame);
    group->addButton(consensus);
    group->addButton(perPerson);
    m_person = new QComboBox(frame);
    m_person->setObjectName(QStringLiteral("checklistPerson"));
    m_person->setAccessibleName(tr("Whose answers you are entering"));
    m_person->setMinimumContentsLength(14);
    m_personHint = StageWidgets::hint(tr("Answers for"), frame);
    auto* mode = new QHBoxLayout;
    mode->setSpacing(6);
    mode->addWidget(consensus);
    mode->addWidget(perPerson);
    mode->addSpacing(16);
    mode->addWidget(m_personHint);
    mode->addWidget(m_person);
    mode->addStretch();
    body->addLayout(mode);

    m_scorer = new ChecklistScorer(frame);
    body->addWidget(m_scorer);
    m_total = StageWidgets::label({}, frame, "checklistTotal");
    m_total->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    body->addWidget(m_total);
    m_totalsBar = new ScoreTotalsBar(frame);
    body->addWidget(m_totalsBar);
    connect(m_totalsBar, &ScoreTotalsBar::totalsRequested, this, [this](bool shown) {
        m_context.session.push(
            DecisionCommands::showChecklistTotals(m_context.store, m_context.workshopId, shown));
    });
    body->addWidget(StageWidgets::hint(
        tr("Keys: Y yes · P partly · N no, then the next point · ↑ ↓ move · Delete clears"),
        frame));
    body->addStretch();

    connect(consensus, &QPushButton::clicked, this, [this] { setPerPerson(false); });
    connect(perPerson, &QPushButton::clicked, this, [this] { setPerPerson(true); });
    connect(m_person, &QComboBox::activated, this, [this] {
        refreshScores();
        m_scorer->setCurrentRow(0);
        m_scorer->setFocus();
    });
    connect(m_scorer, &ChecklistScorer::answered, this, &ScorePage::answer);
    connect(m_scorer, &ChecklistScorer::answeredLastRow, this, &ScorePage::nextPerson);
    return frame;
}
