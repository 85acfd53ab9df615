#pragma once
// Asks for what a new workshop needs before the room gathers: a title, the product, the
// facilitator, the people and the agenda length. Refuses, with a message, what the
// library would refuse.
#include "domain/Participant.h"
#include "domain/Workshop.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class NewWorkshopDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewWorkshopDialog(QWidget* parent = nullptr);

    // Fills the form from a workshop about to be created (a revisit: its title, product,
    // facilitator, people, length and vision), names the dialog `heading` and locks the
    // product, which a revisit shares with the workshop it revisits.
    void prefill(const Workshop& workshop, const QList<Participant>& people,
                 const QString& heading);

    Workshop workshop() const;
    QList<Participant> participants() const;

    void accept() override;

private:
    // Returns an empty string when the form can be saved, else what to fix.
    QString problem() const;

    QLineEdit* m_title;
    QLineEdit* m_product;
    QLineEdit* m_facilitator;
    QPlainTextEdit* m_people;
    QComboBox* m_agenda;
    QPlainTextEdit* m_vision;
    QLabel* m_message;
};
