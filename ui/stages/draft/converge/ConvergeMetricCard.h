#pragma once
// The sentence the room reads out loud: "Our North Star Metric is called X, which we define
// as Y." Both blanks edit the chosen candidate in place, saved as typed and undoable; a
// missing name or definition shows as an error right under its field.
#include <QFrame>

class ConvergeIssueLabel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class TypingSessions;
struct StageContext;

class ConvergeMetricCard : public QFrame {
    Q_OBJECT

public:
    ConvergeMetricCard(StageContext& context, TypingSessions& typing, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* definitionEdit() const { return m_definition; }
    ConvergeIssueLabel* nameError() const { return m_nameError; }
    ConvergeIssueLabel* definitionError() const { return m_definitionError; }
    QLabel* sentence() const { return m_sentence; }

    void refresh();

private:
    void saveName();
    void saveDefinition();

    StageContext& m_context;
    TypingSessions& m_typing;
    qint64 m_candidateId = 0;
    bool m_loading = false;
    QLabel* m_empty;
    QWidget* m_form;
    QLineEdit* m_name;
    QPlainTextEdit* m_definition;
    ConvergeIssueLabel* m_nameError;
    ConvergeIssueLabel* m_definitionError;
    QLabel* m_origin;
    QLabel* m_sentence;
};
