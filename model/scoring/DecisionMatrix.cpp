#include "DecisionMatrix.h"

#include "ListText.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <tuple>

namespace {

QList<MatrixCriterion> templates(const QStringList& names) {
    QList<MatrixCriterion> criteria;
    for (qsizetype i = 0; i < names.size(); ++i)
        criteria << MatrixCriterion{0, 0, names.at(i), 1, int(i)};
    return criteria;
}

bool isScore(int value) {
    return value >= DecisionMatrix::MinValue && value <= DecisionMatrix::MaxValue;
}

} // namespace

QList<MatrixCriterion> DecisionMatrix::standardCriteria() {
    return templates({tr("Measures customer value"), tr("Predicts revenue"), tr("Actionable"),
                      tr("Easy to understand")});
}

QList<MatrixCriterion> DecisionMatrix::checklistCriteria() {
    return templates({tr("Expresses value"), tr("Represents vision and strategy"),
                      tr("Leading indicator"), tr("Actionable"), tr("Understandable"),
                      tr("Measurable"), tr("Not a vanity metric")});
}

DecisionMatrix::DecisionMatrix(QList<MatrixCriterion> criteria, const QList<qint64>& candidateIds,
                               const QList<MatrixScore>& scores)
    : m_criteria(std::move(criteria)) {
    std::stable_sort(
        m_criteria.begin(), m_criteria.end(),
        [](const MatrixCriterion& a, const MatrixCriterion& b) { return a.position < b.position; });
    for (MatrixCriterion& criterion : m_criteria)
        criterion.weight = std::clamp(criterion.weight, MinValue, MaxValue);
    for (qint64 id : candidateIds)
        if (!m_candidates.contains(id))
            m_candidates << id;
    m_cells = QList<QList<int>>(m_candidates.size(), QList<int>(m_criteria.size(), 0));
    for (const MatrixScore& s : scores)
        setScore(s.criterionId, s.candidateId, s.value);
}

namespace {

qsizetype criterionIndex(const QList<MatrixCriterion>& criteria, qint64 id) {
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (criteria.at(i).id == id)
            return i;
    return -1;
}

} // namespace

bool DecisionMatrix::setWeight(qint64 criterionId, int weight) {
    const qsizetype c = criterionIndex(m_criteria, criterionId);
    if (c < 0)
        return false;
    m_criteria[c].weight = std::clamp(weight, MinValue, MaxValue);
    return true;
}

bool DecisionMatrix::setScore(qint64 criterionId, qint64 candidateId, int value) {
    const qsizetype c = criterionIndex(m_criteria, criterionId);
    const qsizetype k = m_candidates.indexOf(candidateId);
    if (c < 0 || k < 0)
        return false;
    m_cells[k][c] = isScore(value) ? value : 0;
    return true;
}

int DecisionMatrix::weight(qint64 criterionId) const {
    const qsizetype c = criterionIndex(m_criteria, criterionId);
    return c < 0 ? 0 : m_criteria.at(c).weight;
}

int DecisionMatrix::score(qint64 criterionId, qint64 candidateId) const {
    const qsizetype c = criterionIndex(m_criteria, criterionId);
    const qsizetype k = m_candidates.indexOf(candidateId);
    return c < 0 || k < 0 ? 0 : m_cells.at(k).at(c);
}

QList<int> DecisionMatrix::totals() const {
    QList<int> result(m_candidates.size(), 0);
    for (qsizetype k = 0; k < m_candidates.size(); ++k)
        for (qsizetype c = 0; c < m_criteria.size(); ++c)
            result[k] += m_criteria.at(c).weight * m_cells.at(k).at(c);
    return result;
}

int DecisionMatrix::total(qint64 candidateId) const {
    const qsizetype k = m_candidates.indexOf(candidateId);
    return k < 0 ? 0 : totals().at(k);
}

int DecisionMatrix::maxTotal() const {
    int sum = 0;
    for (const MatrixCriterion& criterion : m_criteria)
        sum += criterion.weight * MaxValue;
    return sum;
}

bool DecisionMatrix::isIncomplete(qint64 candidateId) const {
    const qsizetype k = m_candidates.indexOf(candidateId);
    return k >= 0 && m_cells.at(k).contains(0);
}

bool DecisionMatrix::hasScores() const {
    for (const QList<int>& row : m_cells)
        for (int value : row)
            if (value > 0)
                return true;
    return false;
}

QList<MatrixRow> DecisionMatrix::rows() const {
    const QList<int> sums = totals();
    QList<MatrixRow> result;
    for (qsizetype k = 0; k < m_candidates.size(); ++k) {
        MatrixRow row;
        row.candidateId = m_candidates.at(k);
        row.total = sums.at(k);
        row.rank = 1 + int(std::count_if(sums.begin(), sums.end(),
                                         [&](int other) { return other > row.total; }));
        row.tied = std::count(sums.begin(), sums.end(), row.total) > 1;
        row.filledCells = int(m_cells.at(k).size() - m_cells.at(k).count(0));
        row.incomplete = m_cells.at(k).contains(0);
        result << row;
    }
    return result;
}

QList<MatrixRow> DecisionMatrix::ranking() const {
    QList<MatrixRow> result = rows();
    std::stable_sort(result.begin(), result.end(),
                     [](const MatrixRow& a, const MatrixRow& b) { return a.rank < b.rank; });
    return result;
}

QList<qint64> DecisionMatrix::leadersOf(const QList<int>& sums) const {
    if (sums.isEmpty())
        return {};
    const int top = *std::max_element(sums.begin(), sums.end());
    QList<qint64> result;
    for (qsizetype k = 0; k < sums.size(); ++k)
        if (sums.at(k) == top)
            result << m_candidates.at(k);
    return result;
}

QList<qint64> DecisionMatrix::leaders() const {
    return hasScores() ? leadersOf(totals()) : QList<qint64>{};
}

std::optional<MatrixFlip>
DecisionMatrix::whatWouldFlip(const QHash<qint64, QString>& candidateNames) const {
    if (m_candidates.size() < 2 || !hasScores())
        return std::nullopt;
    const QList<int> sums = totals();
    const QList<qint64> before = leadersOf(sums);
    const int top = *std::max_element(sums.begin(), sums.end());
    int second = std::numeric_limits<int>::min();
    for (int sum : sums)
        if (sum < top)
            second = std::max(second, sum);

    // (size, weight before score, criterion, candidate, raise before lower)
    using Key = std::tuple<int, int, qsizetype, qsizetype, int>;
    std::optional<Key> best;
    MatrixFlip flip;
    // Only a change that beats the best so far is worth its leaders and its flip: at 200
    // candidates in a tie, most single changes flip the lead (issue #16).
    auto beats = [&](const Key& key) { return !best || key < *best; };
    auto consider = [&](const Key& key, MatrixFlip candidate) {
        if (!best || key < *best) {
            best = key;
            flip = std::move(candidate);
        }
    };

    for (qsizetype c = 0; c < m_criteria.size(); ++c) {
        const int from = m_criteria.at(c).weight;
        for (int to = MinValue; to <= MaxValue; ++to) {
            if (to == from || !beats(Key{std::abs(to - from), 0, c, -1, to > from ? 0 : 1}))
                continue;
            QList<int> changedSums = sums;
            for (qsizetype k = 0; k < m_candidates.size(); ++k)
                changedSums[k] += (to - from) * m_cells.at(k).at(c);
            const QList<qint64> after = leadersOf(changedSums);
            if (after != before)
                consider(Key{std::abs(to - from), 0, c, -1, to > from ? 0 : 1},
                         MatrixFlip{MatrixFlip::Change::Weight,
                                    m_criteria.at(c).id,
                                    0,
                                    from,
                                    to,
                                    before,
                                    after,
                                    {}});
        }
    }

    for (qsizetype k = 0; k < m_candidates.size(); ++k) {
        const bool leads = sums.at(k) == top;
        for (qsizetype c = 0; c < m_criteria.size(); ++c) {
            const int from = m_cells.at(k).at(c);
            if (from == 0)
                continue;
            for (int to = MinValue; to <= MaxValue; ++to) {
                if (to == from)
                    continue;
                const int changed = sums.at(k) + m_criteria.at(c).weight * (to - from);
                // Only row k moves, so the leaders change exactly when k joins or leaves them,
                // or when a sole leader falls to (or below) the runner-up.
                const bool flips = !leads               ? changed >= top
                                   : before.size() == 1 ? changed <= second
                                                        : changed != top;
                if (!flips || !beats(Key{std::abs(to - from), 1, c, k, to > from ? 0 : 1}))
                    continue;
                QList<int> changedSums = sums;
                changedSums[k] = changed;
                consider(Key{std::abs(to - from), 1, c, k, to > from ? 0 : 1},
                         MatrixFlip{MatrixFlip::Change::Score,
                                    m_criteria.at(c).id,
                                    m_candidates.at(k),
                                    from,
                                    to,
                                    before,
                                    leadersOf(changedSums),
                                    {}});
            }
        }
    }
    if (!best)
        return std::nullopt;
    flip.sentence = flipSentence(flip, candidateNames);
    return flip;
}

QString DecisionMatrix::flipSentence(const MatrixFlip& flip,
                                     const QHash<qint64, QString>& names) const {
    auto quoted = [](const QString& text) { return tr("'%1'", "a quoted name").arg(text); };
    auto nameOf = [&](qint64 id) {
        const QString name = names.value(id).trimmed();
        return quoted(name.isEmpty() ? tr("candidate %1").arg(id) : name);
    };
    // A tie of many (a big room's matrix) names the first few and counts the rest, so the
    // sentence stays one that a room can read.
    constexpr qsizetype MostNamed = 3;
    const qsizetype count = flip.leadersAfter.size();
    const qsizetype named = count > MostNamed + 1 ? MostNamed : count;
    QStringList leaderNames;
    for (qsizetype i = 0; i < named; ++i)
        leaderNames << nameOf(flip.leadersAfter.at(i));
    if (named < count)
        leaderNames << tr("%n others", "the rest of a list of names", int(count - named));
    const QString criterion =
        quoted(m_criteria.at(criterionIndex(m_criteria, flip.criterionId)).name);
    const bool alone = flip.leadersAfter.size() == 1;
    const QString who = ListText::joined(leaderNames);

    const QString to = QString::number(flip.to);
    const QString from = QString::number(flip.from);
    // One multi-argument arg() each, so a '%' in a user's name is never substituted again.
    if (flip.change == MatrixFlip::Change::Weight)
        return alone ? tr("If %1 weighed %2 instead of %3, %4 would lead.")
                           .arg(criterion, to, from, who)
                     : tr("If %1 weighed %2 instead of %3, %4 would tie for the lead.")
                           .arg(criterion, to, from, who);
    return alone ? tr("If %1 scored %2 instead of %3 on %4, %5 would lead.")
                       .arg(nameOf(flip.candidateId), to, from, criterion, who)
                 : tr("If %1 scored %2 instead of %3 on %4, %5 would tie for the lead.")
                       .arg(nameOf(flip.candidateId), to, from, criterion, who);
}
