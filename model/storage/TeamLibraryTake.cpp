// TeamLibrary: taking a copy of a team workshop into the laptop's library. The server's
// document goes through the same strict reader as an imported file, and into the library
// through the same one-transaction import; only then does the server note the copy.
#include "TeamLibrary.h"

#include "SqlSupport.h"
#include "WorkshopStore.h"
#include "exchange/JsonExchange.h"

#include <QSqlQuery>

std::optional<TeamLibrary::Taken> TeamLibrary::take(WorkshopStore& laptop, qint64 teamId) {
    m_conflict.reset();
    m_failure = Failure::None;
    const auto failed = [&]() -> std::optional<Taken> {
        rollback();
        m_error = tr("Could not take a copy of team workshop %1: %2 Your library was not "
                     "changed.")
                      .arg(teamId)
                      .arg(m_error);
        return std::nullopt;
    };
    if (!begin())
        return failed();
    QSqlQuery query(m_db);
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
    Taken taken;
    taken.teamId = teamId;
    taken.version = query.value(1).toInt();
    const bool mayNote = query.value(2).toBool();
    query.finish();

    QString why;
    const auto doc = JsonExchange::read(json, &why);
    if (!doc) {
        fail(Failure::Request,
             tr("the team library's copy is not a valid Lodestar workshop (%1).").arg(why));
        return failed();
    }
    const auto localId = laptop.importWorkshop(*doc);
    if (!localId) {
        fail(Failure::Request, laptop.lastError());
        return failed();
    }
    taken.localId = *localId;
    m_failure = Failure::None;

    // Readers take copies but cannot publish them, so there is nothing to note for them.
    const bool noted = !mayNote || (noteCopy(laptopKey(laptop.libraryPath()), taken.localId,
                                             SqlSupport::timeText(doc->workshop.createdAt),
                                             Published{teamId, taken.version, false}) &&
                                    commit());
    if (!noted) {
        rollback();
        taken.warning = tr("The copy is in your library as workshop %1, but the team library "
                           "could not note where it came from (%2): publishing it later makes it a "
                           "new team workshop.")
                            .arg(taken.localId)
                            .arg(m_error);
        m_failure = Failure::None;
    } else if (!mayNote) {
        rollback();
    }
    m_error.clear();
    return taken;
}
