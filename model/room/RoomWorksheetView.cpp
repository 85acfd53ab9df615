#include "RoomWorksheetView.h"

#include "RoomProtocol.h"
#include "RoomWorksheet.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RoomWorksheetView {

RoomWorksheets read(const WorkshopStore& store, qint64 workshopId) {
    RoomWorksheets sheets;
    sheets.groups = store.warmUpGroups(workshopId);
    for (const WarmUpGroup& g : std::as_const(sheets.groups)) {
        if (g.candidateId == 0)
            continue;
        if (const auto c = store.candidate(g.candidateId); c && c->workshopId == workshopId) {
            sheets.northStars.insert(c->id, *c);
            sheets.inputs.insert(c->id, store.inputs(c->id));
        }
    }
    return sheets;
}

QJsonValue worksheet(const RoomWorksheets& sheets, const QList<Participant>& people,
                     qint64 participantId) {
    const std::optional<WarmUpGroup> group = RoomWorksheet::groupOf(sheets.groups, participantId);
    if (!group)
        return QJsonValue(QJsonValue::Null);
    QJsonArray members;
    for (qint64 id : group->members)
        for (const Participant& p : people)
            if (p.id == id)
                members.append(p.name);
    QJsonArray games;
    for (const GameGuide& guide : Playbook::standard().games())
        games.append(QJsonObject{{QStringLiteral("key"), guide.key},
                                 {QStringLiteral("title"), guide.title}});
    const Candidate northStar = sheets.northStars.value(group->candidateId);
    QJsonArray inputs;
    for (const Input& input : sheets.inputs.value(group->candidateId))
        inputs.append(QJsonObject{{QStringLiteral("input"), RoomProtocol::keyOfInput(input.id)},
                                  {QStringLiteral("name"), input.name},
                                  {QStringLiteral("definition"), input.definition}});
    return QJsonObject{{QStringLiteral("group"), group->name},
                       {QStringLiteral("members"), members},
                       {QStringLiteral("game"), gameKey(group->game)},
                       {QStringLiteral("games"), games},
                       {QStringLiteral("name"), northStar.name},
                       {QStringLiteral("definition"), northStar.definition},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("fewestInputs"), RoomProtocol::FewestInputs},
                       {QStringLiteral("mostInputs"), RoomProtocol::MostInputs}};
}

} // namespace RoomWorksheetView
