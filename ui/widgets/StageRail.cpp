#include "StageRail.h"

#include "Theme.h"
#include "agenda/AgendaRunner.h"
#include "session/AgendaEdits.h"
#include "session/WorkshopSession.h"

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
constexpr int KeyRole = Qt::UserRole + 1;

QString minutesText(qint64 ms) {
    return ms <= 0 ? QString() : QString::number((ms + 30'000) / 60'000);
}

QString marker(PlannedStage::State state) {
    switch (state) {
    case PlannedStage::State::Done:
        return QStringLiteral("✓");
    case PlannedStage::State::Current:
        return QStringLiteral("●");
    case PlannedStage::State::Skipped:
        return QStringLiteral("–");
    case PlannedStage::State::Upcoming:
        return QStringLiteral("○");
    }
    return {};
}
} // namespace

StageRail::StageRail(WorkshopSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(session.runner())
    , m_tree(new QTreeWidget(this))
    , m_clock(new QLabel(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("stageRail"));
    auto* heading = new QLabel(tr("AGENDA"), this);
    heading->setObjectName(QStringLiteral("railHeading"));
    heading->setStyleSheet(QStringLiteral("font-weight: 700; letter-spacing: 1px; color: %1;")
                               .arg(Theme::color(Theme::Role::MutedInk).name()));
    m_tree->setObjectName(QStringLiteral("stageTree"));
    m_tree->setAccessibleName(tr("Agenda stages"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Stage"), tr("Plan"), tr("Took")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(14);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget { border: none; background: transparent; }"
                                         "QTreeWidget::item { padding: 4px 0; }"));
    m_clock->setObjectName(QStringLiteral("workshopClock"));
    m_clock->setAccessibleName(tr("Workshop clock"));
    m_status->setObjectName(QStringLiteral("workshopStatus"));
    m_status->setAccessibleName(tr("Workshop on time or over"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 8, 16);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_clock);
    layout->addWidget(m_status);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!m_rebuilding && item && !keyOf(item).isEmpty())
            m_runner.goTo(keyOf(item));
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &StageRail::showMenu);
    connect(&m_runner, &AgendaRunner::planChanged, this, &StageRail::rebuild);
    connect(&m_runner, &AgendaRunner::stageChanged, this, &StageRail::rebuild);
    connect(&m_runner, &AgendaRunner::timeChanged, this, &StageRail::refreshTimes);
    rebuild();
}

QString StageRail::keyOf(const QTreeWidgetItem* item) const {
    return item ? item->data(0, KeyRole).toString() : QString();
}

void StageRail::rebuild() {
    m_rebuilding = true;
    m_tree->clear();
    const QList<PlannedStage>& stages = m_runner.stages();
    QTreeWidgetItem* currentItem = nullptr;
    for (const auto& [blockKey, indexes] : m_runner.plan().blocks()) {
        const PlannedStage& first = stages[indexes.first()];
        const bool single = indexes.size() == 1 && first.key == blockKey;
        auto* block = new QTreeWidgetItem(m_tree);
        int planned = 0;
        qint64 took = 0;
        bool allSkipped = true;
        bool anyCurrent = false;
        bool allDone = true;
        for (int i : indexes) {
            const PlannedStage& s = stages[i];
            if (!s.skipped)
                planned += s.plannedMinutes;
            took += s.elapsedMs;
            allSkipped = allSkipped && s.skipped;
            anyCurrent = anyCurrent || s.state == PlannedStage::State::Current;
            allDone = allDone && s.state == PlannedStage::State::Done;
            if (single)
                continue;
            auto* step = new QTreeWidgetItem(block);
            step->setText(0, marker(s.state) + QStringLiteral("  ") + s.title);
            step->setText(1, QString::number(s.plannedMinutes));
            step->setData(0, KeyRole, s.key);
            step->setData(2, KeyRole, i);
            if (s.state == PlannedStage::State::Current)
                currentItem = step;
        }
        const PlannedStage::State state = single ? first.state
                                                 : (anyCurrent   ? PlannedStage::State::Current
                                                    : allSkipped ? PlannedStage::State::Skipped
                                                    : allDone    ? PlannedStage::State::Done
                                                                 : PlannedStage::State::Upcoming);
        block->setText(0, marker(state) + QStringLiteral("  ") + first.blockTitle);
        block->setText(1, QString::number(planned));
        block->setText(2, minutesText(took));
        block->setData(0, KeyRole, single ? first.key : QString());
        block->setData(1, KeyRole, blockKey);
        if (single) {
            block->setData(2, KeyRole, indexes.first());
            if (state == PlannedStage::State::Current)
                currentItem = block;
        }
        QFont font = block->font(0);
        font.setBold(state == PlannedStage::State::Current);
        font.setStrikeOut(allSkipped);
        block->setFont(0, font);
        block->setExpanded(true);
        block->setFlags(single ? block->flags() : block->flags() & ~Qt::ItemIsSelectable);
    }
    if (currentItem) {
        m_tree->setCurrentItem(currentItem);
        QFont font = currentItem->font(0);
        font.setBold(true);
        currentItem->setFont(0, font);
        currentItem->setForeground(0, Theme::color(Theme::Role::Night));
        currentItem->setBackground(0, QColor(0xF2, 0xB1, 0x34, 70));
    }
    m_rebuilding = false;
    refreshTimes();
}

void StageRail::refreshTimes() {
    // Called on every timer tick: touch only what changed, since setting a style sheet
    // or a label's text costs a re-layout.
    const int current = m_runner.currentIndex();
    const QString took = minutesText(m_runner.countdown().elapsedMs());
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(2, KeyRole).isValid() && (*it)->data(2, KeyRole).toInt() == current &&
            !(*it)->data(0, KeyRole).toString().isEmpty() && (*it)->text(2) != took)
            (*it)->setText(2, took);
    const PlanSummary summary = m_runner.summary();
    const QString clock =
        tr("Plan %1 of %2 min · ends ≈ %3")
            .arg(summary.plannedMinutes)
            .arg(summary.sessionMinutes)
            .arg(m_runner.projectedEnd().time().toString(QStringLiteral("HH:mm")));
    if (m_clock->text() != clock)
        m_clock->setText(clock);
    const bool over = summary.overMinutes > 0;
    const QString status = over ? tr("%n min over", nullptr, summary.overMinutes) : tr("on track");
    if (m_status->text() != status)
        m_status->setText(status);
    if (m_status->property("over").toBool() != over || m_status->styleSheet().isEmpty()) {
        m_status->setProperty("over", over);
        m_status->setStyleSheet(
            QStringLiteral("font-weight: 600; color: %1;")
                .arg(Theme::color(over ? Theme::Role::Red : Theme::Role::Calm).name()));
    }
}

QString StageRail::clockText() const {
    return m_clock->text() + QLatin1Char('\n') + m_status->text();
}

void StageRail::showMenu(const QPoint& position) {
    QTreeWidgetItem* item = m_tree->itemAt(position);
    if (!item)
        return;
    const QString key = keyOf(item);
    const QString blockKey = item->data(1, KeyRole).toString();
    QMenu menu(this);
    if (!key.isEmpty())
        menu.addAction(tr("Change minutes…"), this, [this, key] { changeMinutes(key); });
    // Skipping works on whole blocks: a block with steps skips all of them.
    const QString target = blockKey.isEmpty() ? key : blockKey;
    QStringList keys;
    bool skipped = true;
    for (const PlannedStage& s : m_runner.stages())
        if (s.blockKey == target || s.key == target) {
            keys << s.key;
            skipped = skipped && s.skipped;
        }
    menu.addAction(
        skipped ? tr("Bring this block back") : tr("Skip this block"), this, [this, keys, skipped] {
            m_session.push(
                AgendaEdits::setSkipped(m_session.store(), m_session.workshopId(), keys, !skipped));
        });
    menu.addAction(tr("Add a discussion block after this…"), this,
                   [this, target] { addDiscussionAfter(target); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void StageRail::changeMinutes(const QString& stageKey) {
    const int index = m_runner.plan().indexOf(stageKey);
    if (index < 0)
        return;
    const PlannedStage& stage = m_runner.stages()[index];
    bool ok = false;
    const int minutes =
        QInputDialog::getInt(this, tr("Change minutes"), tr("Minutes for “%1”:").arg(stage.title),
                             stage.plannedMinutes, 0, 600, 1, &ok);
    if (ok)
        m_session.push(AgendaEdits::setPlannedMinutes(m_session.store(), m_session.workshopId(),
                                                      stageKey, qBound(0, minutes, 600),
                                                      stage.title));
}

void StageRail::addDiscussionAfter(const QString& stageKey) {
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("Add a discussion block"), tr("What will the room discuss?"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !title.trimmed().isEmpty())
        m_session.push(AgendaEdits::addDiscussionBlock(m_session.store(), m_session.workshopId(),
                                                       title.trimmed(), stageKey, 10));
}
