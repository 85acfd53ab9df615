#pragma once
// The console page of block 5, the warm-up on another product: the brief, one to four small
// groups (two to start with, people split evenly), who sits in which group, each group's
// worksheet, and the share-out, where the projector shows one group's worksheet at a time.
// Removing a group can be undone.
#include <QHash>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class WarmUpGroupCard;
struct PlannedStage;
struct StageContext;
struct WarmUpGroup;

class WarmUpPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int MostGroups = 4;

    WarmUpPage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    QList<WarmUpGroupCard*> groupCards() const { return m_cards; }
    QComboBox* memberBox(qint64 participantId) const { return m_memberBoxes.value(participantId); }
    QAbstractButton* addGroupButton() const { return m_addGroup; }
    QAbstractButton* showNextButton() const { return m_showNext; }

    // Two groups with the people split evenly, when the workshop has none yet.
    static void createDefaultGroups(StageContext& context);

public slots:
    void addGroup();
    void showNextGroup();

private:
    QWidget* createBriefCard();
    void refresh();
    void rebuildPeople(const QList<WarmUpGroup>& groups);
    void assign(qint64 participantId, qint64 groupId);
    void removeGroup(qint64 groupId);

    StageContext& m_context;
    QString m_stageKey;
    QVBoxLayout* m_cardsLayout;
    QVBoxLayout* m_peopleLayout;
    QWidget* m_peopleHost = nullptr;
    QAbstractButton* m_addGroup;
    QAbstractButton* m_showNext;
    QLabel* m_shown;
    QList<WarmUpGroupCard*> m_cards;
    QHash<qint64, QComboBox*> m_memberBoxes;
};
