#include "AgendaPlan.h"

#include <QHash>

#include <algorithm>

namespace {

PlannedStage plannedFrom(const AgendaStage& stage, const AgendaStage& block) {
    PlannedStage p;
    p.key = stage.key;
    p.title = stage.title;
    p.purpose = stage.purpose;
    p.prompt = stage.prompt;
    p.script = stage.script;
    p.tip = stage.tip;
    p.blockKey = block.key;
    p.blockTitle = block.title;
    p.plannedMinutes = p.defaultMinutes = stage.minutes;
    return p;
}

PlannedStage plannedFrom(const CustomStage& stage, const QList<RevisitStageGuide>& guides) {
    PlannedStage p;
    p.key = p.blockKey = stage.stageKey;
    p.title = p.blockTitle = stage.title;
    p.prompt = stage.prompt.isEmpty() ? stage.title : stage.prompt;
    p.purpose = QCoreApplication::translate("AgendaPlan", "A discussion block added for this "
                                                          "workshop.");
    p.plannedMinutes = p.defaultMinutes = stage.minutes;
    p.custom = true;
    // A revisit's own block, untouched since it was seeded, is worded by the playbook; one the
    // facilitator reworded keeps the general words, which cannot contradict it.
    const auto guide = std::find_if(guides.begin(), guides.end(), [&](const auto& g) {
        return g.title == stage.title && g.roomText() == stage.prompt;
    });
    if (guide != guides.end()) {
        p.purpose = guide->prompt;
        p.script = guide->script;
        p.tip = guide->tip;
    }
    return p;
}

} // namespace

AgendaPlan::AgendaPlan(const Agenda& agenda, int variantMinutes, const QList<StageState>& states,
                       const QList<CustomStage>& custom, const QList<RevisitStageGuide>& guides) {
    const int variant = agenda.hasVariant(variantMinutes) ? variantMinutes : 120;
    m_sessionMinutes = variant;
    QMultiHash<QString, CustomStage> after; // custom blocks by the block they follow
    for (const CustomStage& c : custom)
        after.insert(c.afterStage, c);

    // Custom blocks may follow each other; insert them recursively after their anchor.
    std::function<void(const QString&)> appendFollowers = [&](const QString& anchor) {
        QList<CustomStage> followers = after.values(anchor);
        std::reverse(followers.begin(), followers.end()); // QMultiHash yields newest first
        for (const CustomStage& c : followers) {
            m_stages.append(plannedFrom(c, guides));
            appendFollowers(c.stageKey);
        }
    };
    appendFollowers(QString()); // custom blocks placed before everything
    for (const AgendaStage& block : agenda.blocks(variant)) {
        if (block.steps.isEmpty())
            m_stages.append(plannedFrom(block, block));
        for (const AgendaStage& step : block.steps)
            m_stages.append(plannedFrom(step, block));
        appendFollowers(block.key);
        for (const AgendaStage& step : block.steps)
            appendFollowers(step.key);
    }
    // Custom blocks whose anchor no longer exists go at the end rather than vanish.
    for (const CustomStage& c : custom)
        if (indexOf(c.stageKey) < 0)
            m_stages.append(plannedFrom(c, guides));

    for (const StageState& state : states) {
        const int i = indexOf(state.stageKey);
        if (i < 0)
            continue;
        PlannedStage& s = m_stages[i];
        s.elapsedMs = state.elapsedMs;
        s.skipped = state.skipped;
        if (state.plannedMinutes >= 0)
            s.plannedMinutes = state.plannedMinutes;
        if (state.elapsedMs > 0)
            m_reached = std::max(m_reached, i); // the room spent time there
    }
    setCurrent(-1);
}

int AgendaPlan::indexOf(const QString& key) const {
    for (int i = 0; i < m_stages.size(); ++i)
        if (m_stages[i].key == key)
            return i;
    return -1;
}

QList<std::pair<QString, QList<int>>> AgendaPlan::blocks() const {
    QList<std::pair<QString, QList<int>>> result;
    for (int i = 0; i < m_stages.size(); ++i) {
        if (result.isEmpty() || result.last().first != m_stages[i].blockKey)
            result.append({m_stages[i].blockKey, {}});
        result.last().second.append(i);
    }
    return result;
}

void AgendaPlan::markReached(int index) {
    if (index >= 0 && index < m_stages.size())
        m_reached = std::max(m_reached, index);
}

void AgendaPlan::setCurrent(int current) {
    m_current = current;
    markReached(current);
    for (int i = 0; i < m_stages.size(); ++i) {
        PlannedStage& s = m_stages[i];
        if (i == current)
            s.state = PlannedStage::State::Current;
        else if (s.skipped)
            s.state = PlannedStage::State::Skipped;
        else if (current >= 0 && i <= m_reached)
            s.state = PlannedStage::State::Done;
        else
            s.state = PlannedStage::State::Upcoming;
    }
}

void AgendaPlan::setElapsed(int index, qint64 elapsedMs) {
    if (index >= 0 && index < m_stages.size())
        m_stages[index].elapsedMs = elapsedMs;
}

int AgendaPlan::nextRunnable(int from, int step) const {
    for (int i = from; i >= 0 && i < m_stages.size(); i += step)
        if (!m_stages[i].skipped)
            return i;
    return -1;
}

PlanSummary AgendaPlan::summary(qint64 currentElapsedMs) const {
    PlanSummary result;
    result.sessionMinutes = m_sessionMinutes;
    for (int i = 0; i < m_stages.size(); ++i) {
        const PlannedStage& s = m_stages[i];
        const qint64 planned = qint64(s.plannedMinutes) * 60'000;
        const qint64 elapsed = i == m_current ? currentElapsedMs : s.elapsedMs;
        if (s.skipped && i != m_current) {
            result.projectedMs += elapsed; // time spent before it was skipped still counts
            continue;
        }
        result.plannedMinutes += s.plannedMinutes;
        if (m_current >= 0 && i < m_current) {
            result.projectedMs += elapsed; // done: what it really took
        } else {
            result.projectedMs += qMax(planned, elapsed);
            result.remainingMs += qMax<qint64>(0, planned - elapsed);
        }
    }
    const qint64 overMs = result.projectedMs - qint64(m_sessionMinutes) * 60'000;
    result.overMinutes = overMs > 0 ? int((overMs + 59'999) / 60'000) : 0;
    return result;
}
