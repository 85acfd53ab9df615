#include "RoomStages.h"

#include "domain/StageKeys.h"

namespace RoomStages {

const QList<Row>& all() {
    static const QList<Row> table = {
        {StageKeys::WarmUp, Phone::Worksheet},
        {StageKeys::Silent, Phone::Cards},
        {StageKeys::Score, Phone::Score},
        {StageKeys::Decide, Phone::Vote},
    };
    return table;
}

Phone phoneOf(const QString& stageKey) {
    for (const Row& row : all())
        if (row.key == stageKey)
            return row.phone;
    return Phone::Look;
}

} // namespace RoomStages
