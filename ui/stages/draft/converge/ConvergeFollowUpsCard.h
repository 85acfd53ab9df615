#pragma once
// What the room leaves open when it converges: open questions nobody could answer yet, and
// next steps, each with an owner and a due date (or no date). Add, edit and remove are all
// undoable; a removed row comes back with the same id.
#include "domain/FollowUp.h"

#include <QFrame>
#include <QHash>

class OptionalDateEdit;
class QAbstractButton;
class QLineEdit;
class QVBoxLayout;
class TypingSessions;
struct StageContext;

class ConvergeFollowUpsCard : public QFrame {
    Q_OBJECT

public:
    ConvergeFollowUpsCard(StageContext& context, TypingSessions& typing, QWidget* parent = nullptr);

    QList<qint64> followUpIds(FollowUpKind kind) const { return m_ids.value(int(kind)); }
    QLineEdit* textEdit(qint64 id) const { return m_rows.value(id).text; }
    QLineEdit* ownerEdit(qint64 id) const { return m_rows.value(id).owner; }
    OptionalDateEdit* dueEdit(qint64 id) const { return m_rows.value(id).due; }
    QAbstractButton* removeButton(qint64 id) const { return m_rows.value(id).remove; }
    QAbstractButton* addButton(FollowUpKind kind) const {
        return kind == FollowUpKind::NextStep ? m_addStep : m_addQuestion;
    }

    void refresh();
    void add(FollowUpKind kind);

private:
    struct Row {
        QWidget* widget = nullptr;
        QLineEdit* text = nullptr;
        QLineEdit* owner = nullptr;
        OptionalDateEdit* due = nullptr;
        QAbstractButton* remove = nullptr;
    };

    Row createRow(const FollowUp& followUp);
    void saveText(qint64 id, QLineEdit* edit, QString FollowUp::*field, const QString& what,
                  const QString& key);
    void remove(qint64 id);

    StageContext& m_context;
    TypingSessions& m_typing;
    QVBoxLayout* m_questions;
    QVBoxLayout* m_steps;
    QAbstractButton* m_addQuestion;
    QAbstractButton* m_addStep;
    QHash<int, QList<qint64>> m_ids; // by kind, in order
    QHash<qint64, Row> m_rows;
    QHash<qint64, FollowUp> m_stored;
};
