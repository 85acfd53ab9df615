#include "SeededLibrary.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// One prepared INSERT, re-bound for every row.
class Insert {
public:
    Insert(const QSqlDatabase& db, const QString& sql)
        : m_query(db) {
        m_ok = m_query.prepare(sql);
    }
    qint64 operator()(const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values[i]);
        m_ok = m_ok && m_query.exec();
        return m_ok ? m_query.lastInsertId().toLongLong() : 0;
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

// Empty, not null: the column is NOT NULL.
const QStringList stages = {QStringLiteral(""),       QStringLiteral("opening"),
                            QStringLiteral("game"),   QStringLiteral("brainstorm"),
                            QStringLiteral("decide"), QStringLiteral("wrapup")};

} // namespace

namespace SeededLibrary {

QString seed(const QString& path, int workshops, int candidatesEach) {
    Database database(path);
    if (!database.open())
        return database.errorMessage();
    QSqlDatabase db = database.connection();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    QRandomGenerator random(20261204); // the same library every time
    const QDateTime start(QDate(2021, 1, 4), QTime(9, 0), Qt::UTC);
    if (!db.transaction())
        return db.lastError().text();
    Insert workshop(
        db,
        QStringLiteral("INSERT INTO workshop (title, product, facilitator, vision, "
                       "created_at, updated_at, current_stage, status) VALUES (?,?,?,?,?,?,?,?)"));
    Insert person(db, QStringLiteral("INSERT INTO participant (workshop_id, name, discipline, "
                                     "position) VALUES (?,?,?,?)"));
    Insert candidate(db, QStringLiteral("INSERT INTO candidate (workshop_id, author_id, name, "
                                        "definition, position) VALUES (?,?,?,?,?)"));
    Insert input(db, QStringLiteral("INSERT INTO input (candidate_id, name, definition, pattern, "
                                    "position) VALUES (?,?,?,'breadth',?)"));
    Insert vote(
        db, QStringLiteral("INSERT INTO vote (participant_id, candidate_id, dots) VALUES (?,?,?)"));
    QSqlQuery northStar(db);
    northStar.prepare(QStringLiteral("UPDATE workshop SET north_star_id = ? WHERE id = ?"));
    for (int i = 0; i < workshops; ++i) {
        const QDateTime created = start.addSecs(qint64(i) * 3 * 3600 + random.bounded(3600));
        const QDateTime updated = created.addSecs(random.bounded(30 * 24 * 3600));
        const qint64 id = workshop(
            {QStringLiteral("Workshop %1 about pricing for team %2").arg(i).arg(i % 211),
             QStringLiteral("Product %1").arg(i % 97), QStringLiteral("Facilitator %1").arg(i % 13),
             QStringLiteral("Every team sees what their customers value, week after week. ")
                 .repeated(5),
             created.toString(Qt::ISODateWithMs), updated.toString(Qt::ISODateWithMs),
             stages[i % stages.size()],
             i % 3 == 0 ? QStringLiteral("finished") : QStringLiteral("planned")});
        QList<qint64> people;
        for (int p = 0; p < 6; ++p)
            people.append(person({id, QStringLiteral("Person %1-%2").arg(i).arg(p),
                                  QStringLiteral("engineering"), p}));
        qint64 chosen = 0;
        for (int c = 0; c < candidatesEach; ++c) {
            const qint64 cid = candidate(
                {id, people[c % people.size()], QStringLiteral("Weekly active teams %1").arg(c),
                 QStringLiteral("Teams that finish at least %1 shared tasks a week, "
                                "counted every Monday.")
                     .arg(c % 5 + 2),
                 c});
            chosen = chosen ? chosen : cid;
            for (int k = 0; k < 2; ++k)
                input({cid, QStringLiteral("Input %1").arg(k),
                       QStringLiteral("Something the team can move."), k});
            vote({people[(c + 1) % people.size()], cid, 1 + c % 2});
        }
        if (i % 3 != 2 && chosen) {
            northStar.bindValue(0, chosen);
            northStar.bindValue(1, id);
            northStar.exec();
        }
        if (!workshop.ok() || !person.ok() || !candidate.ok() || !input.ok() || !vote.ok()) {
            db.rollback();
            return QStringLiteral("seeding failed: %1 %2 %3")
                .arg(workshop.error(), candidate.error(), vote.error());
        }
    }
    if (!db.commit())
        return db.lastError().text();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

} // namespace SeededLibrary
