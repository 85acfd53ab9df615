#include "RoomCommands.h"

#include "agenda/AgendaRunner.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QStringList>

namespace {

QString ok() {
    return QStringLiteral("ok");
}

QString error(const QString& why) {
    return QStringLiteral("error: ") + why;
}

} // namespace

QString RoomCommands::apply(WorkshopSession& session, const QString& line) {
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return error(tr("an empty command"));
    const QString& verb = words.first();
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
    return error(tr("unknown command: %1 (stage, focus, reveal, caps)").arg(line.simplified()));
}
