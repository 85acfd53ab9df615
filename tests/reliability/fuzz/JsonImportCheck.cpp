#include "JsonImportCheck.h"

#include "DocumentCompare.h"
#include "exchange/DocumentCheck.h"
#include "exchange/JsonExchange.h"
#include "storage/WorkshopStore.h"

namespace JsonImportCheck {

namespace {
// A document the reader accepts may still be ordered differently from how the store lists
// rows, so the import is compared by counts, not row by row.
QString sizesDiffer(const WorkshopDocument& a, const WorkshopDocument& b) {
    qsizetype inputsA = 0, inputsB = 0, ratingsA = 0, ratingsB = 0;
    for (const QList<Input>& list : a.inputs)
        inputsA += list.size();
    for (const QList<Input>& list : b.inputs)
        inputsB += list.size();
    for (const CheckIn& c : a.checkIns)
        ratingsA += c.inputs.size();
    for (const CheckIn& c : b.checkIns)
        ratingsB += c.inputs.size();
    const QList<std::pair<qsizetype, qsizetype>> sizes = {
        {a.participants.size(), b.participants.size()},
        {a.stages.size(), b.stages.size()},
        {a.customStages.size(), b.customStages.size()},
        {a.questionNotes.size(), b.questionNotes.size()},
        {a.gameTally.size(), b.gameTally.size()},
        {a.warmUpGroups.size(), b.warmUpGroups.size()},
        {a.pairGroups.size(), b.pairGroups.size()},
        {a.candidates.size(), b.candidates.size()},
        {inputsA, inputsB},
        {a.checklistScores.size(), b.checklistScores.size()},
        {a.matrixCriteria.size(), b.matrixCriteria.size()},
        {a.matrixScores.size(), b.matrixScores.size()},
        {a.votes.size(), b.votes.size()},
        {a.followUps.size(), b.followUps.size()},
        {a.checkIns.size(), b.checkIns.size()},
        {ratingsA, ratingsB},
    };
    for (qsizetype i = 0; i < sizes.size(); ++i)
        if (sizes[i].first != sizes[i].second)
            return QStringLiteral("list %1 has %2 rows after the import, %3 before")
                .arg(i)
                .arg(sizes[i].second)
                .arg(sizes[i].first);
    return {};
}
} // namespace

QString checkImport(const QByteArray& bytes, WorkshopStore& store) {
    QString error;
    const auto doc = JsonExchange::read(bytes, &error);
    if (!doc) {
        if (error.isEmpty())
            return QStringLiteral("refused without a message");
        if (!error.contains(QStringLiteral(": ")))
            return QStringLiteral("refused without naming a field: ") + error;
        return {};
    }
    const auto again = JsonExchange::read(JsonExchange::write(*doc), &error);
    if (!again)
        return QStringLiteral("accepted, but its export is refused: ") + error;
    if (!(*again == *doc))
        return QStringLiteral("accepted, but its export reads back different: ") +
               firstDifference(*doc, *again);
    const auto id = store.importWorkshop(*doc);
    if (!id)
        return QStringLiteral("accepted, but the import failed: ") + store.lastError();
    const auto imported = WorkshopDocument::load(store, *id, &error);
    QString problem;
    if (!imported)
        problem = QStringLiteral("imported, but does not load: ") + error;
    else if (const QString check = DocumentCheck::problem(*imported); !check.isEmpty())
        problem = QStringLiteral("imported, but loads broken: ") + check;
    else
        problem = sizesDiffer(*doc, *imported);
    store.deleteWorkshop(*id);
    return problem;
}

} // namespace JsonImportCheck
