#pragma once
// One draft card the facilitator or a participant types into: a short name, the template
// ("an increase in ⟨customer behaviour⟩, which we could measure by ⟨how⟩"), an optional
// definition and optional inputs (names, separated by commas). Every keystroke is saved at
// once as an undoable step; Ctrl+Z in a field walks back the workshop's undo stack, like
// everywhere else on the console. Used for silent-brainstorm cards and pair candidates.
#include "domain/Candidate.h"
#include "domain/Input.h"

#include <QFrame>

class QAbstractButton;
class QLabel;
class QLineEdit;
struct StageContext;

class DraftCardEditor : public QFrame {
    Q_OBJECT

public:
    // `inputs`: the card's inputs when the caller has read them (else they are read here).
    DraftCardEditor(const Candidate& card, StageContext& context, QWidget* parent = nullptr,
                    const QList<Input>* inputs = nullptr);

    qint64 cardId() const { return m_card.id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* behaviourEdit() const { return m_behaviour; }
    QLineEdit* measureEdit() const { return m_measure; }
    QLineEdit* definitionEdit() const { return m_definition; }
    QLineEdit* inputsEdit() const { return m_inputs; }
    QAbstractButton* removeButton() const { return m_remove; }
    QLabel* noteLabel() const { return m_note; }

    // Takes in the stored card; a field only changes when the stored text differs (undo, or
    // an edit elsewhere), so typing is never disturbed.
    void refresh(const Candidate& card, const QList<Input>& inputs);
    // A line under the fields: where the card came from or what became of it.
    void setNote(const QString& text);
    // Text for the remove step in the undo history ("Remove Ana's card “…”").
    void setRemoveText(const QString& text) { m_removeText = text; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* addField(const QString& accessibleName, const QString& placeholder);
    void saveInputs();
    void remove();

    StageContext& m_context;
    Candidate m_card;
    QLineEdit* m_name;
    QLineEdit* m_behaviour;
    QLineEdit* m_measure;
    QLineEdit* m_definition;
    QLineEdit* m_inputs;
    QAbstractButton* m_remove;
    QLabel* m_note;
    QString m_removeText;
};
