#pragma once
// One input of the chosen North Star on the converge page: its name, pattern (breadth,
// depth, frequency, efficiency or other), owner and definition, with buttons to move it up
// or down and to remove it. Fields save as typed through undoable commands; what the check
// still misses (a definition, an owner) shows as a quiet warning under the row.
#include "domain/Input.h"

#include <QFrame>

class ConvergeIssueLabel;
class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class TypingSessions;
struct StageContext;

class ConvergeInputRow : public QFrame {
    Q_OBJECT

public:
    ConvergeInputRow(const Input& input, StageContext& context, TypingSessions& typing,
                     QWidget* parent = nullptr);

    qint64 inputId() const { return m_input.id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* definitionEdit() const { return m_definition; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QComboBox* patternBox() const { return m_pattern; }
    QAbstractButton* upButton() const { return m_up; }
    QAbstractButton* downButton() const { return m_down; }
    QAbstractButton* removeButton() const { return m_remove; }
    ConvergeIssueLabel* warnings() const { return m_warnings; }

    // Takes in the stored input, its place (from 0) among `count`, and what the check says.
    void refresh(const Input& input, int index, int count, const QStringList& warnings);

signals:
    void moveRequested(qint64 inputId, int delta);
    void removeRequested(qint64 inputId);

private:
    void saveText(QLineEdit* edit, QString Input::*field, const QString& what, const QString& key);

    StageContext& m_context;
    TypingSessions& m_typing;
    Input m_input;
    QLabel* m_number;
    QLineEdit* m_name;
    QComboBox* m_pattern;
    QLineEdit* m_owner;
    QLineEdit* m_definition;
    QAbstractButton* m_up;
    QAbstractButton* m_down;
    QAbstractButton* m_remove;
    ConvergeIssueLabel* m_warnings;
};
