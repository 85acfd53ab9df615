#include "ConvergeOutcomeCard.h"

#include "ConvergeOutcomeLine.h"
#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "session/ConvergeCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

ConvergeOutcomeCard::ConvergeOutcomeCard(StageContext& context, TypingSessions& typing,
                                         QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_typing(typing)
    , m_line(StageWidgets::label({}, this, "outcomeLine"))
    , m_whyLabel(StageWidgets::label({}, this, "outcomeWhyLabel"))
    , m_why(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("card"));
    m_whyLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_why->setObjectName(QStringLiteral("changeNote"));
    m_why->setAccessibleName(tr("Why we kept or changed our North Star"));
    TextLimit::apply(m_why, TextLimits::LongText);
    m_why->setTabChangesFocus(true);
    m_why->setMaximumHeight(90);
    m_whyLabel->setBuddy(m_why);
    m_typing.watch(m_why);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(StageWidgets::label(tr("Kept or changed?"), this, "sectionTitle"));
    layout->addWidget(m_line);
    layout->addSpacing(2);
    layout->addWidget(m_whyLabel);
    layout->addWidget(m_why);
    layout->addWidget(StageWidgets::hint(
        tr("The product's history records the decision and these words beside it."), this));

    // Any change of the text is saved, typed or not (a screen reader, dictation).
    connect(m_why, &QPlainTextEdit::textChanged, this, &ConvergeOutcomeCard::saveNote);
    refresh();
}

void ConvergeOutcomeCard::refresh() {
    const ConvergeOutcomeLine line =
        ConvergeOutcomeLine::read(m_context.store, m_context.workshopId);
    m_outcome = line.outcome;
    setVisible(m_outcome != NorthStarOutcome::NotARevisit);
    // Only a decision has a "why": the field takes no text before (nor outside a revisit).
    m_why->setEnabled(m_outcome != NorthStarOutcome::NotARevisit &&
                      m_outcome != NorthStarOutcome::Undecided);
    if (m_outcome == NorthStarOutcome::NotARevisit)
        return;

    const bool decided = m_outcome != NorthStarOutcome::Undecided;
    const bool kept = m_outcome == NorthStarOutcome::Kept;
    // The decision stands out; before it, the line only explains.
    m_line->setStyleSheet(decided ? QStringLiteral("font-size: 12pt; font-weight: 600;")
                                  : QString());
    m_line->setText(decided ? line.text
                            : tr("This workshop revisits our North Star, %1. Choose it above to "
                                 "keep it, or choose another to change it; then say why here.")
                                  .arg(line.incumbent));
    m_line->setAccessibleName(m_line->text());
    const QString why = kept ? tr("Why we kept it") : tr("Why we changed");
    m_whyLabel->setText(why);
    m_why->setAccessibleName(why);
    m_why->setPlaceholderText(
        kept ? tr("Does it still predict the results we want, and can we still move its inputs?")
             : tr("A fundamental shift (a new business model, market or stage), or a metric "
                  "that stopped predicting results?"));
    m_whyLabel->setVisible(decided);
    m_why->setVisible(decided);

    // The note as the store has it: typed here, undone, or written in the product's history.
    const QString note = m_context.store.changeNote(m_context.workshopId);
    if (m_why->toPlainText() != note) {
        const QSignalBlocker quiet(m_why);
        const bool typing = m_why->hasFocus();
        const int position = m_why->textCursor().position();
        m_why->setPlainText(note);
        if (typing) { // keep the caret where it was, as near as the new text allows
            QTextCursor cursor = m_why->textCursor();
            cursor.setPosition(qMin(position, int(note.size())));
            m_why->setTextCursor(cursor);
        }
    }
}

void ConvergeOutcomeCard::saveNote() {
    if (m_outcome == NorthStarOutcome::NotARevisit || m_outcome == NorthStarOutcome::Undecided)
        return;
    const QString text = m_outcome == NorthStarOutcome::Kept
                             ? tr("Write why we kept our North Star")
                             : tr("Write why we changed our North Star");
    if (QUndoCommand* command = ConvergeCommands::editChangeNote(
            m_context.store, m_context.workshopId, m_why->toPlainText(), text,
            m_typing.key(QStringLiteral("change-note"), m_why)))
        m_context.session.push(command);
}
