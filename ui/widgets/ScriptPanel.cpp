#include "ScriptPanel.h"

#include "domain/TextLimits.h"
#include "widgets/TextLimit.h"

#include "Theme.h"
#include "agenda/AgendaRunner.h"
#include "commands/TypingSessions.h"
#include "session/AgendaEdits.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 700; letter-spacing: 1px; color: %1;")
                             .arg(Theme::color(Theme::Role::MutedInk).name()));
    return label;
}
} // namespace

ScriptPanel::ScriptPanel(WorkshopSession& session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_runner(session.runner())
    , m_typing(new TypingSessions(this))
    , m_script(new QLabel(this))
    , m_tip(new QLabel(this))
    , m_notes(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("scriptPanel"));
    setAccessibleName(tr("Script and notes (not shown on the projector)"));
    m_script->setObjectName(QStringLiteral("stageScript"));
    m_script->setWordWrap(true);
    m_script->setTextFormat(Qt::PlainText);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tip->setObjectName(QStringLiteral("stageTip"));
    m_tip->setWordWrap(true);
    m_tip->setTextFormat(Qt::PlainText);
    m_tip->setStyleSheet(QStringLiteral("background: %2; border-left: 3px solid %1; "
                                        "padding: 8px;")
                             .arg(Theme::color(Theme::Role::Star).name(),
                                  Theme::color(Theme::Role::StarTint).name()));
    m_notes->setObjectName(QStringLiteral("stageNotes"));
    m_notes->setAccessibleName(tr("Your notes for this stage"));
    TextLimit::apply(m_notes, TextLimits::Notes);
    m_notes->setPlaceholderText(
        tr("Your notes… (saved as you type, never shown on the projector)"));
    m_notes->setTabChangesFocus(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(heading(tr("WHAT TO SAY"), this));
    layout->addWidget(m_script);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("COACHING TIP"), this));
    layout->addWidget(m_tip);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("NOTES"), this));
    layout->addWidget(m_notes, 1);

    m_typing->watch(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ScriptPanel::saveNotes);
    connect(&session.store(), &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (!changes.has(m_session.workshopId(), ChangeKind::StageNotes))
                    return;
                for (const QString& stageKey : changes.stageKeys)
                    followStore(stageKey);
            });
    connect(&m_runner, &AgendaRunner::stageChanged, this, &ScriptPanel::showStage);
    showStage();
}

void ScriptPanel::showStage() {
    const PlannedStage& stage = m_runner.current();
    m_stageKey = stage.key;
    m_script->setText(stage.script.isEmpty() ? stage.purpose : stage.script);
    m_tip->setText(stage.tip);
    m_tip->setVisible(!stage.tip.isEmpty());
    m_loading = true;
    m_notes->setPlainText(m_runner.notes(stage.key));
    m_loading = false;
}

void ScriptPanel::saveNotes() {
    if (m_loading || m_stageKey.isEmpty() || m_runner.isPreview())
        return;
    m_session.push(AgendaEdits::setNotes(
        m_session.store(), m_session.workshopId(), m_stageKey, m_notes->toPlainText(),
        m_typing->key(QStringLiteral("stage-notes-%1").arg(m_stageKey), m_notes)));
}

void ScriptPanel::followStore(const QString& stageKey) {
    if (stageKey != m_stageKey)
        return;
    const QString stored = m_runner.notes(stageKey);
    if (stored == m_notes->toPlainText())
        return; // what was just typed
    m_loading = true;
    m_notes->setPlainText(stored);
    m_loading = false;
}
