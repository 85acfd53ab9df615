#pragma once
// The console page of block 3, good and bad North Stars: the checklist to walk through,
// and the room's deliberately terrible North Stars for this company (anti-examples), each
// tagged with the checklist point it breaks. Ctrl+Enter adds the next one; removing one
// can be undone.
#include <QHash>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLineEdit;
class QVBoxLayout;
struct Candidate;
struct PlannedStage;
struct StageContext;
class TypingSessions;

class GoodBadPage : public QWidget {
    Q_OBJECT

public:
    GoodBadPage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    QLineEdit* entry() const { return m_entry; }
    QList<qint64> shownIds() const { return m_shown; }
    QLineEdit* nameEdit(qint64 id) const { return m_rows.value(id).name; }
    QComboBox* criterionBox(qint64 id) const { return m_rows.value(id).criterion; }
    QAbstractButton* removeButton(qint64 id) const { return m_rows.value(id).remove; }

public slots:
    // Adds the entry's text as the next anti-example, or puts the cursor in the entry.
    void addFromEntry();

private:
    struct Row {
        QWidget* widget = nullptr;
        QLineEdit* name = nullptr;
        QComboBox* criterion = nullptr;
        QAbstractButton* remove = nullptr;
    };

    QWidget* createChecklistCard();
    QWidget* createRow(const Candidate& candidate);
    void refresh();
    void rename(qint64 id, QLineEdit* edit);
    void tag(qint64 id, const QString& criterion);
    void remove(qint64 id);

    StageContext& m_context;
    TypingSessions* m_typing;
    QLineEdit* m_entry;
    QVBoxLayout* m_list;
    QList<qint64> m_shown;
    QHash<qint64, Row> m_rows;
};
