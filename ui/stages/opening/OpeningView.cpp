#include "OpeningView.h"

#include "playbook/Playbook.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

OpeningView::OpeningView(const QString& stageKey, const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stageKey(stageKey)
    , m_counter(StageWidgets::projectorLabel({}, StageWidgets::ProjectorBody, this))
    , m_question(StageWidgets::projectorLabel({}, 56, this, QFont::DemiBold)) {
    setObjectName(QStringLiteral("openingView"));
    m_counter->setObjectName(QStringLiteral("projectorQuestionCounter"));
    m_question->setObjectName(QStringLiteral("projectorQuestion"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 24, 0, 0);
    layout->setSpacing(24);
    layout->addWidget(m_counter);
    layout->addWidget(m_question);
    layout->addStretch();
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (changes.hasStage(m_context.workshopId, m_stageKey, ChangeKind::StageState))
                    refresh();
            });
    refresh();
}

void OpeningView::refresh() {
    const Playbook& playbook = Playbook::standard();
    const QList<OpeningQuestion>& questions = playbook.openingQuestions();
    if (questions.isEmpty())
        return;
    const int focus = std::clamp(m_context.store.stageState(m_context.workshopId, m_stageKey).focus,
                                 0, int(questions.size()) - 1);
    m_counter->setText(tr("Question %1 of %2").arg(focus + 1).arg(questions.size()));
    m_question->setText(questions.at(focus).question);
}
