#pragma once
// In a revisit, what the converge step decided about the North Star carried over: once the
// room has chosen, whether it kept the incumbent or changed it, and a field for why. The
// field is the workshop's change note, the words the product's history and the comparison
// show beside the decision; typing it is undoable like every other field on the page, and the
// card follows the note when it is edited elsewhere (the product page's dialog). Hidden in a
// workshop that is not a revisit.
#include "domain/NorthStarOutcome.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class TypingSessions;
struct StageContext;

class ConvergeOutcomeCard : public QFrame {
    Q_OBJECT

public:
    ConvergeOutcomeCard(StageContext& context, TypingSessions& typing, QWidget* parent = nullptr);

    NorthStarOutcome outcome() const { return m_outcome; }
    // "We kept our North Star …" or "We changed our North Star …"; a hint before the choice.
    QLabel* outcomeLine() const { return m_line; }
    QLabel* whyLabel() const { return m_whyLabel; }
    QPlainTextEdit* whyEditor() const { return m_why; }

    void refresh();

private:
    void saveNote();

    StageContext& m_context;
    TypingSessions& m_typing;
    NorthStarOutcome m_outcome = NorthStarOutcome::NotARevisit;
    QLabel* m_line;
    QLabel* m_whyLabel;
    QPlainTextEdit* m_why;
};
