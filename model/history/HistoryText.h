#pragma once
// The words of a North Star's history, shared by the product page, the Markdown export and
// the reports: what a revisit did with the North Star it carried over, and which workshop it
// revisits. Names are passed in already prepared for the medium (escaped, isolated).
#include "domain/NorthStarOutcome.h"

#include <QDate>
#include <QString>

namespace HistoryText {

// "Kept", "Changed", "Deciding"; empty when the workshop is not a revisit.
QString outcomeLabel(NorthStarOutcome outcome);
// A sentence: "We kept our North Star, X.", "We changed our North Star: X became Y.",
// "We have not yet decided whether to keep X."; empty when not a revisit.
QString outcomeSentence(NorthStarOutcome outcome, const QString& incumbent, const QString& chosen);
// "Revisits X of 14 March 2025" (the date in the ISO form, as the exports write dates).
QString revisits(const QString& title, const QDate& date);

} // namespace HistoryText
