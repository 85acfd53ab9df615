#include "DocumentCompare.h"
#include "domain/StageKeys.h"

#include "exchange/DocumentCheck.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

using Ranks = QHash<qint64, qint64>;

template <typename T> Ranks ranksOf(const QList<T>& rows) {
    QList<qint64> ids;
    for (const T& row : rows)
        ids.append(row.id);
    std::sort(ids.begin(), ids.end());
    Ranks ranks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        ranks.insert(ids[i], i + 1);
    return ranks;
}

qint64 renumber(const Ranks& ranks, qint64 id) {
    return id == 0 ? 0 : ranks.value(id, -1); // -1: a dangling reference stays visible
}

void renumberAll(const Ranks& ranks, QList<qint64>& ids) {
    for (qint64& id : ids)
        id = renumber(ranks, id);
}

} // namespace

WorkshopDocument renumbered(const WorkshopDocument& doc) {
    WorkshopDocument r = doc;
    QList<Input> allInputs;
    for (const QList<Input>& list : doc.inputs)
        allInputs += list;
    const Ranks people = ranksOf(doc.participants), candidates = ranksOf(doc.candidates),
                inputs = ranksOf(allInputs), pairs = ranksOf(doc.pairGroups),
                warmUps = ranksOf(doc.warmUpGroups), criteria = ranksOf(doc.matrixCriteria),
                followUps = ranksOf(doc.followUps), checkIns = ranksOf(doc.checkIns);
    const qint64 workshop = 1;
    r.workshop.id = workshop;
    r.workshop.northStarId = renumber(candidates, doc.workshop.northStarId);
    for (Participant& p : r.participants) {
        p.id = renumber(people, p.id);
        p.workshopId = workshop;
    }
    for (StageState& s : r.stages) {
        s.workshopId = workshop;
        if (s.stageKey == StageKeys::Score)
            s.focus = int(std::max<qint64>(0, renumber(candidates, s.focus)));
    }
    for (CustomStage& s : r.customStages)
        s.workshopId = workshop;
    for (WarmUpGroup& g : r.warmUpGroups) {
        g.id = renumber(warmUps, g.id);
        g.workshopId = workshop;
        g.candidateId = renumber(candidates, g.candidateId);
        renumberAll(people, g.members);
    }
    for (PairGroupRecord& g : r.pairGroups) {
        g.id = renumber(pairs, g.id);
        g.workshopId = workshop;
        renumberAll(people, g.members);
    }
    for (Candidate& c : r.candidates) {
        c.id = renumber(candidates, c.id);
        c.workshopId = workshop;
        c.authorId = renumber(people, c.authorId);
        c.pairId = renumber(pairs, c.pairId);
        renumberAll(candidates, c.mergedFrom);
    }
    r.inputs.clear();
    for (auto it = doc.inputs.constBegin(); it != doc.inputs.constEnd(); ++it) {
        QList<Input> list = it.value();
        for (Input& i : list) {
            i.id = renumber(inputs, i.id);
            i.candidateId = renumber(candidates, i.candidateId);
        }
        r.inputs.insert(renumber(candidates, it.key()), list);
    }
    for (ChecklistScore& s : r.checklistScores) {
        s.candidateId = renumber(candidates, s.candidateId);
        s.participantId = renumber(people, s.participantId);
    }
    for (MatrixCriterion& c : r.matrixCriteria) {
        c.id = renumber(criteria, c.id);
        c.workshopId = workshop;
    }
    for (MatrixScore& s : r.matrixScores) {
        s.criterionId = renumber(criteria, s.criterionId);
        s.candidateId = renumber(candidates, s.candidateId);
    }
    for (Vote& v : r.votes) {
        v.participantId = renumber(people, v.participantId);
        v.candidateId = renumber(candidates, v.candidateId);
    }
    for (FollowUp& f : r.followUps) {
        f.id = renumber(followUps, f.id);
        f.workshopId = workshop;
    }
    for (CheckIn& c : r.checkIns) {
        c.id = renumber(checkIns, c.id);
        c.workshopId = workshop;
        c.northStarId = renumber(candidates, c.northStarId);
        for (InputConfidence& rating : c.inputs)
            rating.inputId = renumber(inputs, rating.inputId);
    }
    return r;
}

QString firstDifference(const WorkshopDocument& a, const WorkshopDocument& b) {
    if (a == b)
        return {};
    const QList<QByteArray> left = JsonExchange::write(a).split('\n');
    const QList<QByteArray> right = JsonExchange::write(b).split('\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i)
        if (left.value(i) != right.value(i))
            return QStringLiteral("line %1:\n  %2\n  %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(left.value(i).left(300)),
                     QString::fromUtf8(right.value(i).left(300)));
    return QStringLiteral("the documents differ, but their JSON is the same");
}

QMap<QString, qint64> tableRowCounts(Database& database) {
    QMap<QString, qint64> counts;
    QSqlQuery tables(database.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& name : names) {
        QSqlQuery count(database.connection());
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)) && count.next())
            counts.insert(name, count.value(0).toLongLong());
    }
    return counts;
}
