#pragma once
// "Add a check-in": some weeks after a workshop, the team reviews the North Star it chose.
// The playbook's review questions stand at the top as prompts; then the date (today by the
// store's clock), the confidence in the metric and in each input (1 to 5), what the team
// learned, and the next step with its owner and due date (those two only with a step).
// Opened with open() (window-modal, no nested event loop); checkIn() holds the answers.
#include "domain/CheckIn.h"
#include "domain/NorthStarRecord.h"

#include <QDialog>
#include <QHash>

class OptionalDateEdit;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

class CheckInDialog : public QDialog {
    Q_OBJECT

public:
    // `record`: the workshop whose chosen North Star is reviewed, with its inputs.
    CheckInDialog(const NorthStarRecord& record, const QStringList& questions, const QDate& today,
                  QWidget* parent = nullptr);

    CheckIn checkIn() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* metricConfidence() const { return m_metric; }
    QSpinBox* inputConfidence(qint64 inputId) const { return m_inputs.value(inputId); }
    QPlainTextEdit* learnedEdit() const { return m_learned; }
    QLineEdit* nextStepEdit() const { return m_nextStep; }
    QLineEdit* ownerEdit() const { return m_owner; }
    OptionalDateEdit* dueEdit() const { return m_due; }
    QPushButton* okButton() const { return m_ok; }

private:
    QSpinBox* confidenceBox(const QString& accessibleName);
    void updateNextStep();

    qint64 m_workshopId;
    qint64 m_northStarId;
    QList<Input> m_inputList;
    QDateEdit* m_date;
    QSpinBox* m_metric;
    QHash<qint64, QSpinBox*> m_inputs;
    QPlainTextEdit* m_learned;
    QLineEdit* m_nextStep;
    QLineEdit* m_owner;
    OptionalDateEdit* m_due;
    QPushButton* m_ok = nullptr;
};
