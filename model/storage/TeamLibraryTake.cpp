// TeamLibrary: taking a copy of a team workshop into the laptop's library. The server's
// document goes through the same strict reader as an imported file, and into the library
// through the same one-transaction import; only then does the server note the copy. The
// halves are apart so the window can import on its own thread, where its library lives.
#include "TeamLibrary.h"

#include "SqlSupport.h"
#include "WorkshopStore.h"
#include "exchange/JsonExchange.h"

#include <QSqlQuery>

namespace {

QString notTaken(qint64 teamId, const QString& why) {
    return TeamLibrary::tr("Could not take a copy of team workshop %1: %2 Your library was not "
                           "changed.")
        .arg(teamId)
        .arg(why);
}

} // namespace

std::optional<TeamLibrary::TeamCopy> TeamLibrary::fetchCopy(qint64 teamId) {
    m_conflict.reset();
    m_failure = Failure::None;
    QSqlQuery query(m_db);
    const auto failed = [&]() -> std::optional<TeamCopy> {
        query.finish();
        rollback();
        if (m_schemaRefusal.isEmpty()) // else its own message says nothing was changed
            m_error = notTaken(teamId, m_error);
        return std::nullopt;
    };
    if (!beginRequest())
        return failed();
    if (!exec(query,
              QStringLiteral("SELECT CAST(document AS text), version, has_table_privilege(?, ?) "
                             "FROM lodestar.team_workshop WHERE id = ? AND withdrawn_at IS NULL"),
              {QStringLiteral("lodestar.team_copy"), QStringLiteral("INSERT"), teamId}))
        return failed();
    if (!query.next()) {
        fail(Failure::Request,
             tr("the team library has no workshop %1 (or it was withdrawn).").arg(teamId));
        return failed();
    }
    const QByteArray json = query.value(0).toString().toUtf8();
    TeamCopy copy;
    copy.teamId = teamId;
    copy.version = query.value(1).toInt();
    copy.mayNote = query.value(2).toBool();
    query.finish();
    if (!endRead())
        return failed();

    QString why;
    auto doc = JsonExchange::read(json, &why);
    if (!doc) {
        fail(Failure::Request,
             tr("the team library's copy is not a valid Lodestar workshop (%1).").arg(why));
        return failed();
    }
    copy.document = std::move(*doc);
    m_error.clear();
    return copy;
}

QString TeamLibrary::noteTaken(const QString& libraryPath, qint64 localId, const TeamCopy& copy) {
    m_failure = Failure::None;
    QString warning;
    // A transaction of its own: a test can drop the server just before its COMMIT.
    const bool noted =
        !copy.mayNote || (beginRequest() &&
                          noteCopy(laptopKey(libraryPath), localId,
                                   SqlSupport::timeText(copy.document.workshop.createdAt),
                                   Published{copy.teamId, copy.version, false}) &&
                          commit());
    if (!noted) {
        rollback();
        warning = tr("The copy is in your library as workshop %1, but the team library could "
                     "not note where it came from (%2): publishing it later makes it a new team "
                     "workshop.")
                      .arg(localId)
                      .arg(m_error);
    }
    m_failure = Failure::None;
    m_error.clear();
    return warning;
}

std::optional<TeamLibrary::Taken> TeamLibrary::take(WorkshopStore& laptop, qint64 teamId) {
    const auto copy = fetchCopy(teamId);
    if (!copy)
        return std::nullopt;
    const auto localId = laptop.importWorkshop(copy->document);
    if (!localId) {
        fail(Failure::Request, notTaken(teamId, laptop.lastError()));
        return std::nullopt;
    }
    Taken taken;
    taken.localId = *localId;
    taken.teamId = teamId;
    taken.version = copy->version;
    taken.warning = noteTaken(laptop.libraryPath(), *localId, *copy);
    return taken;
}
