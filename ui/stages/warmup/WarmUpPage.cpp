#include "WarmUpPage.h"

#include "agenda/AgendaRunner.h"

#include "UserText.h"
#include "WarmUpGroupCard.h"
#include "agenda/AgendaPlan.h"
#include "playbook/Playbook.h"
#include "session/TeachingCommands.h"
#include "session/TeachingEdits.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/ElidedLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

WarmUpPage::WarmUpPage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stageKey(stage.key)
    , m_cardsLayout(new QVBoxLayout)
    , m_peopleLayout(new QVBoxLayout)
    , m_addGroup(new QPushButton(tr("Add a group"), this))
    , m_showNext(new QPushButton(tr("Show next group"), this))
    , m_shown(StageWidgets::label({}, this, "sectionTitle")) {
    setObjectName(QStringLiteral("warmUpPage"));
    createDefaultGroups(context);
    m_addGroup->setAccessibleName(tr("Add a warm-up group"));
    m_showNext->setAccessibleName(tr("Show the next group's worksheet to the room"));
    m_showNext->setObjectName(QStringLiteral("primary"));
    m_shown->setObjectName(QStringLiteral("warmUpShown"));

    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);

    auto* groupsHost = new QWidget(this);
    auto* groupsLayout = new QVBoxLayout(groupsHost);
    groupsLayout->setContentsMargins(0, 0, 8, 0);
    groupsLayout->setSpacing(12);
    m_cardsLayout->setSpacing(12);
    groupsLayout->addLayout(m_cardsLayout);
    groupsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(groupsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    QVBoxLayout* shareBody = nullptr;
    QFrame* share = StageWidgets::card(tr("Share-out"), this, &shareBody);
    shareBody->addWidget(m_shown);
    shareBody->addWidget(m_showNext);

    QVBoxLayout* peopleBody = nullptr;
    QFrame* people = StageWidgets::card(tr("Who is in which group"), this, &peopleBody);
    peopleBody->addLayout(m_peopleLayout);
    peopleBody->addWidget(m_addGroup);

    auto* side = new QVBoxLayout;
    side->setSpacing(12);
    side->addWidget(createBriefCard());
    side->addWidget(people);
    side->addWidget(share);
    side->addStretch();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(scroll, 5);
    columns->addLayout(side, 3);
    layout->addLayout(columns, 1);

    connect(m_addGroup, &QAbstractButton::clicked, this, &WarmUpPage::addGroup);
    connect(m_showNext, &QAbstractButton::clicked, this, &WarmUpPage::showNextGroup);
    connect(
        &m_context.store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
            const qint64 id = m_context.workshopId;
            if (changes.has(id, ChangeKind::WarmUp | ChangeKind::Candidate | ChangeKind::Roster) ||
                changes.hasStage(id, m_stageKey, ChangeKind::StageState))
                refresh();
        });
    refresh();
}

void WarmUpPage::createDefaultGroups(StageContext& context) {
    WorkshopStore& store = context.store;
    // A preview (--grab) only looks; the groups are made when the room really gets here.
    if (context.runner.isPreview() || !store.warmUpGroups(context.workshopId).isEmpty())
        return;
    const QList<Participant> people = store.participants(context.workshopId);
    for (int g = 0; g < 2; ++g) {
        WarmUpGroup group;
        group.workshopId = context.workshopId;
        group.name = tr("Group %1").arg(g + 1);
        group.position = g;
        // First half in group 1, second half in group 2.
        const qsizetype half = (people.size() + 1) / 2;
        for (qsizetype i = g == 0 ? 0 : half; i < (g == 0 ? half : people.size()); ++i)
            group.members << people.at(i).id;
        if (!store.addWarmUpGroup(group))
            return;
    }
}

QWidget* WarmUpPage::createBriefCard() {
    const WarmUpBrief& brief = Playbook::standard().warmUp();
    QVBoxLayout* body = nullptr;
    QFrame* card = StageWidgets::card(brief.title, this, &body);
    body->addWidget(StageWidgets::label(brief.brief, card));
    QStringList tasks;
    int n = 0;
    for (const QString& task : brief.tasks)
        tasks << tr("%1. %2").arg(++n).arg(task);
    body->addWidget(StageWidgets::hint(tasks.join(u'\n'), card));
    return card;
}

void WarmUpPage::refresh() {
    const QList<WarmUpGroup> groups = m_context.store.warmUpGroups(m_context.workshopId);
    QList<qint64> ids;
    for (const WarmUpGroup& g : groups)
        ids << g.id;
    QList<qint64> shownIds;
    for (WarmUpGroupCard* card : std::as_const(m_cards))
        shownIds << card->groupId();
    if (ids == shownIds) {
        for (int i = 0; i < groups.size(); ++i)
            m_cards.at(i)->refresh(groups.at(i));
    } else {
        for (WarmUpGroupCard* card : std::as_const(m_cards))
            card->deleteLater();
        m_cards.clear();
        for (const WarmUpGroup& group : groups) {
            auto* card = new WarmUpGroupCard(group, m_context, this);
            connect(card, &WarmUpGroupCard::removeRequested, this, &WarmUpPage::removeGroup);
            m_cardsLayout->addWidget(card);
            m_cards << card;
        }
    }
    rebuildPeople(groups);
    for (WarmUpGroupCard* card : std::as_const(m_cards))
        card->removeGroupButton()->setEnabled(groups.size() > 1); // one group at least
    m_addGroup->setEnabled(groups.size() < MostGroups);
    const int focus = m_context.store.stageState(m_context.workshopId, m_stageKey).focus;
    m_shown->setText(groups.isEmpty()
                         ? tr("No groups yet.")
                         : tr("The room sees: %1")
                               .arg(UserText::isolate(groups.at(focus % groups.size()).name)));
    m_showNext->setEnabled(groups.size() > 1);
}

void WarmUpPage::rebuildPeople(const QList<WarmUpGroup>& groups) {
    const QList<Participant> people = m_context.store.participants(m_context.workshopId);
    QHash<qint64, qint64> groupOf;
    for (const WarmUpGroup& g : groups)
        for (qint64 member : g.members)
            groupOf.insert(member, g.id);
    bool same = people.size() == m_memberBoxes.size();
    for (const Participant& p : people)
        same = same && m_memberBoxes.contains(p.id) &&
               m_memberBoxes.value(p.id)->count() == groups.size() + 1;
    if (!same) {
        delete m_peopleHost;
        m_memberBoxes.clear();
        m_peopleHost = new QWidget(this);
        auto* form = new QFormLayout(m_peopleHost);
        form->setContentsMargins(0, 0, 0, 0);
        for (const Participant& p : people) {
            auto* box = new QComboBox(m_peopleHost);
            box->setAccessibleName(tr("%1's group").arg(p.name));
            const qint64 participant = p.id;
            connect(box, &QComboBox::activated, this, [this, box, participant] {
                assign(participant, box->currentData().toLongLong());
            });
            // The name is the person's own text: a plain-text label, never markup, on one
            // line (shortened with "…" when long; the full name stays its accessible name).
            auto* name = new ElidedLabel(p.name, m_peopleHost);
            name->setAccessibleName(p.name);
            name->setBuddy(box);
            form->addRow(name, box);
            m_memberBoxes.insert(p.id, box);
        }
        m_peopleLayout->addWidget(m_peopleHost);
    }
    for (const Participant& p : people) {
        QComboBox* box = m_memberBoxes.value(p.id);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("No group"), qint64(0));
        for (const WarmUpGroup& g : groups)
            box->addItem(g.name, g.id);
        box->setCurrentIndex(std::max(0, box->findData(groupOf.value(p.id))));
    }
}

void WarmUpPage::assign(qint64 participantId, qint64 groupId) {
    QList<WarmUpGroup> groups;
    for (WarmUpGroup group : m_context.store.warmUpGroups(m_context.workshopId)) {
        const bool member = group.members.contains(participantId);
        if (group.id == groupId && !member)
            group.members.append(participantId);
        else if (group.id != groupId && member)
            group.members.removeAll(participantId);
        else
            continue;
        groups << group;
    }
    m_context.session.push(
        TeachingEdits::updateWarmUpGroups(m_context.store, groups, tr("Move a person to a group")));
}

void WarmUpPage::addGroup() {
    const QList<WarmUpGroup> groups = m_context.store.warmUpGroups(m_context.workshopId);
    if (groups.size() >= MostGroups)
        return;
    WarmUpGroup group;
    group.workshopId = m_context.workshopId;
    group.name = tr("Group %1").arg(groups.size() + 1);
    group.position = groups.isEmpty() ? 0 : groups.last().position + 1;
    m_context.session.push(
        TeachingEdits::addWarmUpGroup(m_context.store, group, tr("Add %1").arg(group.name)));
}

void WarmUpPage::removeGroup(qint64 groupId) {
    for (const WarmUpGroup& group : m_context.store.warmUpGroups(m_context.workshopId))
        if (group.id == groupId)
            m_context.session.push(new RemoveWarmUpGroupCommand(
                m_context.store, group,
                tr("Remove %1 and its worksheet").arg(UserText::isolate(group.name))));
    m_addGroup->setFocus();
}

void WarmUpPage::showNextGroup() {
    const qsizetype count = m_context.store.warmUpGroups(m_context.workshopId).size();
    if (count == 0)
        return;
    const int focus = m_context.store.stageState(m_context.workshopId, m_stageKey).focus;
    m_context.store.setStageFocus(m_context.workshopId, m_stageKey, int((focus + 1) % count));
}
