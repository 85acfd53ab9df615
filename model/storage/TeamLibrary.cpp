// TeamLibrary: the connection, the schema check, the plumbing every request shares, the list
// and withdrawing. Publishing is in TeamLibraryPublish.cpp, taking a copy in
// TeamLibraryTake.cpp. Every statement binds its values.
#include "TeamLibrary.h"

#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <utility>

namespace {

QString newConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("lodestar-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq's text without its severity prefix and on one line: "password authentication failed
// for user "alice"".
QString plainServerText(QString text) {
    text = text.trimmed();
    for (const auto prefix : {u"ERROR:", u"FATAL:", u"PANIC:"})
        if (text.startsWith(prefix))
            text = text.mid(QStringView(prefix).size());
    const qsizetype context = text.indexOf(QStringLiteral("\nCONTEXT:"));
    if (context >= 0)
        text.truncate(context);
    text = text.simplified();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// SQLSTATE classes that mean the connection itself is gone or the server is going away.
bool lostConnection(const QString& code) {
    return code.isEmpty() || code.startsWith(u"08") || code.startsWith(u"57");
}

} // namespace

TeamLibrary::TeamLibrary(const QString& connInfo)
    : m_connectionName(newConnectionName()) {
    QString why;
    if (auto info = TeamConnInfo::parse(connInfo, &why))
        m_info = std::move(*info);
    else {
        m_status = Status::BadAddress;
        m_error = why;
    }
}

TeamLibrary::~TeamLibrary() {
    close();
}

bool TeamLibrary::open() {
    if (m_status == Status::BadAddress) {
        m_failure = Failure::Server;
        return false;
    }
    close();
    m_schemaRefusal.clear();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        m_status = Status::Unreachable;
        return fail(Failure::Server,
                    tr("This Lodestar cannot reach PostgreSQL servers: Qt's PostgreSQL driver "
                       "(package libqt6sql6-psql) is not installed."));
    }
    QString why;
    if (!m_info.applyTo(m_db, &why)) {
        m_status = Status::BadAddress;
        return fail(Failure::Server, why);
    }
    if (!m_db.open()) {
        m_status = Status::Unreachable;
        const QString text = plainServerText(m_db.lastError().databaseText());
        return fail(
            Failure::Server,
            tr("Could not connect to the team library %1: %2.").arg(m_info.describe(), text));
    }
    m_status = Status::Open;
    if (!checkSchema()) {
        m_db.close();
        return false;
    }
    m_failure = Failure::None;
    m_error.clear();
    return true;
}

void TeamLibrary::close() {
    m_inTransaction = false;
    if (m_db.isValid()) {
        m_db = QSqlDatabase();
        SqlSupport::dropConnection(m_connectionName);
    }
    if (m_status == Status::Open)
        m_status = Status::Closed;
}

bool TeamLibrary::checkSchema() {
    const auto refuse = [this](Status status, const QString& message) {
        m_status = status;
        m_schemaRefusal = message;
        return fail(Failure::Server, message);
    };
    const QString where = m_info.describe();
    const auto unreadable = [&] {
        return refuse(Status::Unreachable,
                      tr("Could not read the team library on %1: %2").arg(where, m_error));
    };
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT current_user, EXISTS (SELECT 1 FROM pg_catalog.pg_class c "
                             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = ? AND c.relname = ?)"),
              {QStringLiteral("lodestar"), QStringLiteral("schema_version")}) ||
        !query.next())
        return unreadable();
    m_user = query.value(0).toString();
    if (!query.value(1).toBool())
        return refuse(Status::NoSchema,
                      tr("%1 holds no Lodestar team library. Ask its administrator to run "
                         "team-library.sql in that database.")
                          .arg(where));
    if (!exec(query, QStringLiteral("SELECT has_schema_privilege(?, ?)"),
              {QStringLiteral("lodestar"), QStringLiteral("USAGE")}) ||
        !query.next())
        return unreadable();
    if (!query.value(0).toBool())
        return refuse(Status::NotAllowed,
                      tr("The user %1 may not use the team library on %2: ask its administrator "
                         "to grant lodestar_facilitator (to publish) or lodestar_reader (to read).")
                          .arg(m_user, where));
    if (!exec(query, QStringLiteral("SELECT max(version) FROM lodestar.schema_version"), {}) ||
        !query.next())
        return unreadable();
    return acceptVersion(query.value(0).isNull() ? 0 : query.value(0).toInt());
}

bool TeamLibrary::acceptVersion(int version) {
    const auto refuse = [this](Status status, const QString& message) {
        m_status = status;
        m_schemaRefusal = message;
        return fail(Failure::Server, message);
    };
    const QString where = m_info.describe();
    if (version == 0)
        return refuse(Status::NoSchema, tr("The team library on %1 was never finished: ask its "
                                           "administrator to run team-library.sql again.")
                                            .arg(where));
    if (version > SchemaVersion)
        return refuse(Status::NewerSchema,
                      tr("The team library on %1 was set up for a newer Lodestar (team schema "
                         "version %2; this Lodestar knows version %3). Update Lodestar to use "
                         "it; nothing was changed there.")
                          .arg(where)
                          .arg(version)
                          .arg(SchemaVersion));
    // Lodestar never updates it itself: the schema is the administrator's, roles and all.
    if (version < SchemaVersion)
        return refuse(Status::OlderSchema,
                      tr("The team library on %1 was set up for an older Lodestar (team schema "
                         "version %2; this Lodestar needs version %3). Ask its administrator to "
                         "run the team-library.sql that comes with this Lodestar in that "
                         "database to update it; nothing was changed there.")
                          .arg(where)
                          .arg(version)
                          .arg(SchemaVersion));
    return true;
}

bool TeamLibrary::beginRequest() {
    if (!begin())
        return false;
    QSqlQuery query(m_db);
    if (exec(query, QStringLiteral("SELECT lodestar.held_schema_version()"), {}) && query.next()) {
        const QVariant version = query.value(0);
        query.finish();
        if (acceptVersion(version.isNull() ? 0 : version.toInt()))
            return true;
        rollback();
        return false;
    }
    // A schema without the function (one a newer Lodestar replaced, or a broken one): the
    // plain check says which, or the failure stands.
    const Failure failure = m_failure;
    const QString error = m_error;
    query.finish();
    rollback();
    if (isOpen() && !checkSchema())
        return false;
    return fail(failure, error);
}

bool TeamLibrary::endRead() {
    m_inTransaction = false;
    if (m_db.commit())
        return true;
    const QSqlError error = m_db.lastError();
    rollback();
    if (lostConnection(error.nativeErrorCode()))
        m_status = Status::Unreachable;
    return fail(Failure::Server,
                tr("the connection to the team library %1 was lost (%2).")
                    .arg(m_info.describe(), plainServerText(error.databaseText())));
}

bool TeamLibrary::exec(QSqlQuery& query, const QString& sql, const QVariantList& values) {
    query.setForwardOnly(true);
    QString unused;
    if (SqlSupport::run(query, sql, values, &unused))
        return true;
    return failQuery(query);
}

bool TeamLibrary::failQuery(const QSqlQuery& query) {
    const QSqlError error = query.lastError();
    const QString code = error.nativeErrorCode();
    const QString text = plainServerText(error.databaseText());
    if (code == u"57014") // statement_timeout (TeamConnInfo): the connection itself is fine
        return fail(Failure::Server,
                    tr("the team library %1 did not answer in time (%2). Someone else's work "
                       "may be holding it up; try again in a moment.")
                        .arg(m_info.describe(), text));
    if (lostConnection(code)) {
        m_status = Status::Unreachable;
        return fail(Failure::Server,
                    tr("the connection to the team library %1 was lost (%2).")
                        .arg(m_info.describe(), text.isEmpty() ? error.text() : text));
    }
    return fail(Failure::Request, serverProblem(text, code));
}

QString TeamLibrary::serverProblem(const QString& serverText, const QString& code) const {
    if (code == u"42501" && serverText.startsWith(u"permission denied"))
        return tr("the user %1 may not do that in this team library (%2).").arg(m_user, serverText);
    return tr("the team library refused it (%1).").arg(serverText);
}

bool TeamLibrary::begin() {
    if (!m_schemaRefusal.isEmpty())
        return fail(Failure::Server, m_schemaRefusal);
    if (!isOpen())
        return fail(Failure::Server, tr("the team library is not connected."));
    if (m_db.transaction()) {
        m_inTransaction = true;
        return true;
    }
    const QString text = plainServerText(m_db.lastError().databaseText());
    m_status = Status::Unreachable;
    return fail(
        Failure::Server,
        tr("the connection to the team library %1 was lost (%2).").arg(m_info.describe(), text));
}

bool TeamLibrary::commit() {
    between();
    m_inTransaction = false;
    if (m_db.commit())
        return true;
    const QSqlError error = m_db.lastError();
    rollback();
    if (lostConnection(error.nativeErrorCode()))
        m_status = Status::Unreachable;
    return fail(lostConnection(error.nativeErrorCode()) ? Failure::Server : Failure::Request,
                tr("the team library could not commit it (%1).")
                    .arg(plainServerText(error.databaseText())));
}

void TeamLibrary::rollback() {
    // Only in a transaction: PostgreSQL warns of a ROLLBACK outside one.
    if (std::exchange(m_inTransaction, false) && m_db.isOpen())
        m_db.rollback();
}

void TeamLibrary::between() const {
    if (m_between)
        m_between();
}

bool TeamLibrary::fail(Failure failure, const QString& message) {
    m_failure = failure;
    m_error = message;
    return false;
}

bool TeamLibrary::withdraw(qint64 teamId) {
    m_conflict.reset();
    QSqlQuery query(m_db);
    const auto failed = [&] {
        rollback();
        if (m_schemaRefusal.isEmpty()) // else its own message says nothing was changed
            m_error = tr("Could not withdraw team workshop %1: %2 Nothing was changed.")
                          .arg(teamId)
                          .arg(m_error);
        return false;
    };
    if (!beginRequest())
        return failed();
    if (!exec(query,
              QStringLiteral("UPDATE lodestar.team_workshop SET withdrawn_at = now(), "
                             "withdrawn_by = current_user WHERE id = ? AND withdrawn_at IS NULL "
                             "RETURNING id"),
              {teamId}))
        return failed();
    if (!query.next()) {
        fail(Failure::Request, tr("the team library has no workshop %1 (or it was withdrawn "
                                  "already).")
                                   .arg(teamId));
        return failed();
    }
    query.finish();
    if (!commit())
        return failed();
    m_failure = Failure::None;
    return true;
}

QString TeamLibrary::laptopKey(const QString& libraryPath) {
    QByteArray machine = QSysInfo::machineUniqueId();
    if (machine.isEmpty())
        machine = QSysInfo::machineHostName().toUtf8();
    const QFileInfo file(libraryPath);
    const QString path =
        file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(machine);
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}
