#pragma once
// One group's worksheet in the warm-up on another product: the group's name, the game it
// thinks the product plays, its North Star (name and definition) and three to five inputs,
// each with a name and a definition. Every field is saved as it is typed; removing an input
// can be undone.
#include "domain/WarmUpGroup.h"

#include <QFrame>
#include <QHash>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;
struct Input;
struct StageContext;

class WarmUpGroupCard : public QFrame {
    Q_OBJECT

public:
    WarmUpGroupCard(const WarmUpGroup& group, StageContext& context, QWidget* parent = nullptr);

    qint64 groupId() const { return m_group.id; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* gameBox() const { return m_game; }
    QLineEdit* metricNameEdit() const { return m_metricName; }
    QLineEdit* metricDefinitionEdit() const { return m_metricDefinition; }
    QAbstractButton* addInputButton() const { return m_addInput; }
    QAbstractButton* removeGroupButton() const { return m_removeGroup; }
    QList<qint64> inputIds() const { return m_inputIds; }
    QLineEdit* inputNameEdit(qint64 id) const { return m_inputRows.value(id).name; }
    QLineEdit* inputDefinitionEdit(qint64 id) const { return m_inputRows.value(id).definition; }
    QAbstractButton* removeInputButton(qint64 id) const { return m_inputRows.value(id).remove; }

    // Takes in the stored group and its worksheet without disturbing a field being typed in.
    void refresh(const WarmUpGroup& group);

signals:
    void removeRequested(qint64 groupId);

private:
    struct InputRow {
        QWidget* widget = nullptr;
        QLineEdit* name = nullptr;
        QLineEdit* definition = nullptr;
        QAbstractButton* remove = nullptr;
    };

    qint64 ensureWorksheet();
    void saveGroup();
    void saveMetric();
    void addInput();
    void saveInput(qint64 id);
    void removeInput(qint64 id);
    void refreshInputs();
    QWidget* createInputRow(const Input& input);

    StageContext& m_context;
    WarmUpGroup m_group;
    QLineEdit* m_name;
    QComboBox* m_game;
    QLineEdit* m_metricName;
    QLineEdit* m_metricDefinition;
    QVBoxLayout* m_inputs;
    QLabel* m_inputWarning;
    QAbstractButton* m_addInput;
    QAbstractButton* m_removeGroup;
    QList<qint64> m_inputIds;
    QHash<qint64, InputRow> m_inputRows;
    bool m_loading = false; // fields being filled from the store: nothing to save
};
