#pragma once
// The seven checklist criteria as rows of yes / partly / no, for one candidate and one voice
// (the group's consensus or one person). Built for speed: with the focus here, Y, P and N
// answer the current row and move down, arrow keys move, Delete clears. Beside each row it
// can show how the room answered (counts, split). It only reports choices; the page stores
// them.
#include "domain/Scoring.h"

#include <QFrame>
#include <QList>

#include <optional>

class QAbstractButton;
class QLabel;

class ChecklistScorer : public QFrame {
    Q_OBJECT

public:
    struct Row {
        std::optional<ChecklistAnswer> answer; // this voice's answer
        QString summary;                       // how the room answered, may be empty
        bool split = false;                    // the room does not agree
    };

    explicit ChecklistScorer(QWidget* parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    QString criterionKey(int row) const;
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // One entry per criterion, in the playbook's order.
    void setRows(const QList<Row>& rows);
    QAbstractButton* answerButton(int row, ChecklistAnswer answer) const;
    QLabel* summaryLabel(int row) const;

signals:
    // The facilitator chose `answer` (empty: cleared) for `row`.
    void answered(int row, std::optional<ChecklistAnswer> answer);
    // An answer was given on the last row: the page may move on to the next person.
    void answeredLastRow();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct RowWidgets {
        QString key;
        QFrame* frame = nullptr;
        QAbstractButton* yes = nullptr;
        QAbstractButton* partly = nullptr;
        QAbstractButton* no = nullptr;
        QLabel* summary = nullptr;
        std::optional<ChecklistAnswer> answer;
        bool split = false; // the summary is styled as split
    };

    void choose(int row, std::optional<ChecklistAnswer> answer, bool advance);
    void paintCurrent();

    QList<RowWidgets> m_rows;
    int m_current = 0;
};
