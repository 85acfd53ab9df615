// WorkshopStore: the plumbing every table shares — the connection, checked writes, transactions
// and batches, the change stream and the trash. A workshop's own row is in
// WorkshopStoreWorkshops.cpp; the other tables in WorkshopStore*.cpp beside it.
#include "WorkshopStore.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StatementCache.h"
#include "domain/TextLimits.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using SqlSupport::idOrNull;
using SqlSupport::run;
using SqlSupport::timeFromText;
using SqlSupport::timeText;

QString WorkshopStore::libraryPath() const {
    return m_database.path();
}

WorkshopStore::WorkshopStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    purgeTrash();
}

QSqlDatabase WorkshopStore::db() const {
    return m_database.connection();
}

StatementCache& WorkshopStore::statements() const {
    return m_database.statements();
}

QString WorkshopStore::now() const {
    return timeText(m_clock());
}

bool WorkshopStore::fail(const QString& message) {
    m_lastError = message;
    if (m_batchDepth > 0)
        m_batchFailed = true;
    emit writeFailed(message);
    return false;
}

bool WorkshopStore::failSql(const QString& what, const QString& sqlError) {
    // SQLITE_FULL: SQLite's own words are about "database or disk", which reads as a fault.
    if (sqlError.contains(QLatin1String("disk is full")))
        return fail(tr("The disk is full, so Lodestar could not save %1. The change was not "
                       "made; your earlier work is safe. Free some space on the disk, then try "
                       "again.")
                        .arg(what));
    return fail(tr("Lodestar could not save %1: %2. The change was not made; your earlier "
                   "work is safe. Try again, or check the disk.")
                    .arg(what, sqlError));
}

bool WorkshopStore::checkText(const QString& field, const QString& text, int maxLength) {
    const QString problem = TextLimits::check(field, text, maxLength);
    return problem.isEmpty() || fail(problem);
}

bool WorkshopStore::write(const QString& sql, const QVariantList& values, QString* error) {
    return statements().statement(db(), sql).run(values, error);
}

qint64 WorkshopStore::insertedId(const QString& sql, const QVariantList& values, QString* error) {
    StatementCache::Lease query = statements().statement(db(), sql);
    if (!query.run(values, error))
        return 0;
    return query->lastInsertId().toLongLong();
}

bool WorkshopStore::inTransaction(const QString& what, const std::function<bool(QString*)>& body) {
    if (m_batchDepth > 0) { // the batch's transaction is open; a failure rolls all of it back
        QString error;
        if (m_batchFailed)
            return false;
        if (!body(&error)) {
            m_batchFailed = true;
            return failSql(what, error);
        }
        return true;
    }
    if (!m_database.isOpen())
        return fail(tr("Lodestar could not save %1: the library is not open.").arg(what));
    if (!m_database.mayWrite()) // waits for the full check of the file, if still to come
        return fail(m_database.errorMessage());
    SqlSupport::Transaction transaction(db());
    QString error;
    if (!transaction.isActive())
        return failSql(what, db().lastError().text());
    if (!body(&error) || !transaction.commit(&error))
        return failSql(what, error);
    return true;
}

bool WorkshopStore::batch(const std::function<bool()>& edits, ChangeSource source) {
    if (m_batchDepth > 0) { // nested: part of the outer batch
        ++m_batchDepth;
        const bool ok = edits();
        --m_batchDepth;
        if (!ok)
            m_batchFailed = true;
        return ok && !m_batchFailed;
    }
    const QString what = tr("the change");
    if (!m_database.isOpen())
        return fail(tr("Lodestar could not save %1: the library is not open.").arg(what));
    if (!m_database.mayWrite())
        return fail(m_database.errorMessage());
    SqlSupport::Transaction transaction(db());
    if (!transaction.isActive())
        return failSql(what, db().lastError().text());
    m_batchDepth = 1;
    m_batchFailed = false;
    m_pending = {};
    m_pendingClock.clear();
    const bool ok = edits() && !m_batchFailed;
    m_batchDepth = 0;
    m_batchFailed = false;
    WorkshopChanges changes = std::exchange(m_pending, {});
    changes.source = source;
    const QList<ClockSave> clock = std::exchange(m_pendingClock, {});
    QString error;
    if (!ok)
        return false; // the transaction rolls back as it goes out of scope
    if (!transaction.commit(&error))
        return failSql(what, error);
    for (const ClockSave& save : clock)
        emit stageClockSaved(save.workshopId, save.stageKey, save.elapsedMs);
    if (!changes.isEmpty() && changes.kinds != ChangeKinds(ChangeKind::StageClock))
        emit changed(changes);
    return true;
}

WorkshopChanges WorkshopStore::changeOf(qint64 workshopId, ChangeKinds kinds) {
    WorkshopChanges changes;
    changes.add(workshopId, kinds);
    return changes;
}

WorkshopChanges WorkshopStore::stageChange(qint64 workshopId, const QString& stageKey,
                                           ChangeKinds kinds) {
    WorkshopChanges changes = changeOf(workshopId, kinds);
    changes.stageKeys.insert(stageKey);
    return changes;
}

void WorkshopStore::publish(const WorkshopChanges& changes) {
    if (m_batchDepth > 0)
        m_pending.merge(changes);
    else if (!changes.isEmpty())
        emit changed(changes);
}

bool WorkshopStore::touch(qint64 workshopId, QString* error) {
    return write(QStringLiteral("UPDATE workshop SET updated_at = ? WHERE id = ?"),
                 {now(), workshopId}, error);
}

void WorkshopStore::purgeTrash() {
    if (!m_database.isOpen() || m_database.isReadOnly())
        return;
    // Usually there is nothing to purge; finding that out reads, and leaves the full check
    // of the file (which writing would wait for) to run after the first frame.
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT 1 FROM workshop WHERE deleted_at IS NOT NULL LIMIT 1"), {},
             nullptr) ||
        !q.next() || !m_database.mayWrite())
        return;
    q.finish();
    QString error;
    SqlSupport::Transaction transaction(db());
    if (!write(QStringLiteral("DELETE FROM workshop WHERE deleted_at IS NOT NULL"), {}, &error) ||
        !transaction.commit(&error))
        m_lastError = error; // not fatal: the trash waits for the next start
}
