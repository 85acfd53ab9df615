#include "HistoryText.h"

#include <QCoreApplication>

namespace {
class HistoryTr {
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
};
} // namespace

namespace HistoryText {

QString outcomeLabel(NorthStarOutcome outcome) {
    switch (outcome) {
    case NorthStarOutcome::Kept:
        return HistoryTr::tr("Kept");
    case NorthStarOutcome::Changed:
        return HistoryTr::tr("Changed");
    case NorthStarOutcome::Undecided:
        return HistoryTr::tr("Deciding");
    case NorthStarOutcome::NotARevisit:
        break;
    }
    return {};
}

QString outcomeSentence(NorthStarOutcome outcome, const QString& incumbent, const QString& chosen) {
    switch (outcome) {
    case NorthStarOutcome::Kept:
        return HistoryTr::tr("We kept our North Star, %1.").arg(incumbent);
    case NorthStarOutcome::Changed:
        return HistoryTr::tr("We changed our North Star: %1 became %2.").arg(incumbent, chosen);
    case NorthStarOutcome::Undecided:
        return HistoryTr::tr("We have not yet decided whether to keep %1.").arg(incumbent);
    case NorthStarOutcome::NotARevisit:
        break;
    }
    return {};
}

QString revisits(const QString& title, const QDate& date) {
    if (!date.isValid())
        return HistoryTr::tr("Revisits %1").arg(title);
    return HistoryTr::tr("Revisits %1 of %2").arg(title, date.toString(Qt::ISODate));
}

} // namespace HistoryText
