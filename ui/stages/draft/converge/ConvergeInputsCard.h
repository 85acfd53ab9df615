#pragma once
// The chosen North Star's inputs on the converge page: three to five factors the team can
// move, each with a name, pattern, owner and definition. Inputs can be added (Ctrl+Enter),
// removed and reordered, all undoable; fewer than three or more than five is a warning
// under the list, never a block.
#include <QFrame>
#include <QHash>

class ConvergeInputRow;
class ConvergeIssueLabel;
class QAbstractButton;
class QLabel;
class QVBoxLayout;
class TypingSessions;
struct StageContext;

class ConvergeInputsCard : public QFrame {
    Q_OBJECT

public:
    ConvergeInputsCard(StageContext& context, TypingSessions& typing, QWidget* parent = nullptr);

    QList<qint64> inputIds() const { return m_ids; }
    ConvergeInputRow* row(qint64 inputId) const { return m_rows.value(inputId); }
    QAbstractButton* addButton() const { return m_add; }
    ConvergeIssueLabel* countWarning() const { return m_countWarning; }

    void refresh();

public slots:
    void addInput();

private:
    void move(qint64 inputId, int delta);
    void remove(qint64 inputId);

    StageContext& m_context;
    TypingSessions& m_typing;
    qint64 m_candidateId = 0;
    QLabel* m_empty;
    QWidget* m_body;
    QVBoxLayout* m_list;
    ConvergeIssueLabel* m_countWarning;
    QAbstractButton* m_add;
    QList<qint64> m_ids;
    QHash<qint64, ConvergeInputRow*> m_rows;
};
