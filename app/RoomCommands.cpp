#include "RoomCommands.h"

#include "RoomServer.h"
#include "agenda/AgendaRunner.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace {

QString ok() {
    return QStringLiteral("ok");
}

QString error(const QString& why) {
    return QStringLiteral("error: ") + why;
}

// The one device whose name is `name` among those `wanted` accepts, or why there is none.
std::optional<RoomServer::Device>
deviceNamed(const RoomServer& room, const QString& name,
            const std::function<bool(const RoomServer::Device&)>& wanted, QString* problem) {
    QList<RoomServer::Device> found;
    for (const RoomServer::Device& d : room.devices())
        if (d.name.simplified() == name.simplified() && wanted(d))
            found << d;
    if (found.size() == 1)
        return found.first();
    *problem = found.isEmpty() ? RoomCommands::tr("no such device: %1").arg(name)
                               : RoomCommands::tr("%1 devices are called %2: use the console")
                                     .arg(found.size())
                                     .arg(name);
    return std::nullopt;
}

// approve, release, remove and lock: the "who has joined" panel's moves.
std::optional<QString> roomMove(RoomServer& room, const QString& verb, const QString& name) {
    QString problem;
    if (verb == u"lock" && (name == u"on" || name == u"off")) {
        room.setLocked(name == u"on");
        return ok();
    }
    if (verb == u"approve") {
        const auto d = deviceNamed(
            room, name, [](const auto& d) { return d.waiting; }, &problem);
        if (!d)
            return error(problem);
        room.approve(d->id);
        return ok();
    }
    if (verb == u"release") {
        const auto d = deviceNamed(
            room, name, [](const auto& d) { return d.participantId > 0; }, &problem);
        if (!d)
            return error(problem);
        room.release(d->participantId);
        return ok();
    }
    if (verb == u"remove") {
        const auto d = deviceNamed(
            room, name, [](const auto&) { return true; }, &problem);
        if (!d)
            return error(problem);
        room.removeDevice(d->id);
        return ok();
    }
    return std::nullopt;
}

} // namespace

QString RoomCommands::apply(WorkshopSession& session, RoomServer& room, const QString& line) {
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return error(tr("an empty command"));
    const QString& verb = words.first();
    if (words.size() > 1) {
        const QString rest = line.trimmed().mid(verb.size()).trimmed();
        if (const std::optional<QString> answer = roomMove(room, verb, rest))
            return *answer;
    }
    WorkshopStore& store = session.store();
    const qint64 id = session.workshopId();
    bool number = false;
    if (verb == u"stage" && words.size() == 2)
        return session.runner().goTo(words[1]) ? ok() : error(tr("no stage %1").arg(words[1]));
    if (verb == u"focus" && words.size() == 3) {
        const int focus = words[2].toInt(&number);
        if (!number)
            return error(tr("the focus is a number, not %1").arg(words[2]));
        return store.setStageFocus(id, words[1], focus) ? ok() : error(store.lastError());
    }
    if (verb == u"reveal" && words.size() == 3 && (words[2] == u"on" || words[2] == u"off"))
        return store.setStageRevealed(id, words[1], words[2] == u"on") ? ok()
                                                                       : error(store.lastError());
    if (verb == u"caps" && words.size() == 3) {
        bool cap = false;
        const int dots = words[1].toInt(&number);
        const int most = words[2].toInt(&cap);
        std::optional<Workshop> workshop = store.workshop(id);
        if (!number || !cap || dots < 1 || most < 1 || most > dots)
            return error(tr("caps takes DOTS MAX, with 1 ≤ MAX ≤ DOTS"));
        if (!workshop)
            return error(tr("the workshop is gone"));
        workshop->dotsPerPerson = dots;
        workshop->maxDotsPerCandidate = most;
        return store.updateWorkshop(*workshop) ? ok() : error(store.lastError());
    }
    return error(tr("unknown command: %1 (stage, focus, reveal, caps, approve, release, remove, "
                    "lock)")
                     .arg(line.simplified()));
}
