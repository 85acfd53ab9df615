// DocumentCheck: the check-ins a file brings.
#include "DocumentChecker.h"

#include "WorkshopDocument.h"
#include "domain/TextLimits.h"

namespace DocumentChecker {

using ImportLimits::RatingsPerCheckIn;
constexpr int S = TextLimits::ShortText;
constexpr int L = TextLimits::LongText;

// The rules WorkshopStore::addCheckIn keeps, for check-ins that arrive in a file: each reviews
// a candidate of the workshop, which must have chosen a North Star, and rates only that
// candidate's inputs, each at most once.
void checkCheckIns(Checker& c, const WorkshopDocument& doc, const QSet<qint64>& candidates) {
    if (c.ok() && !doc.checkIns.isEmpty() && doc.workshop.northStarId == 0)
        c.fail(QStringLiteral("checkIns"),
               ExchangeText::tr("the workshop has not chosen a North Star, so there is nothing "
                                "to check in on"));
    const QString confidence = ExchangeText::tr("expected a confidence from %1 to %2")
                                   .arg(CheckIn::LowestConfidence)
                                   .arg(CheckIn::HighestConfidence);
    for (qsizetype i = 0; i < doc.checkIns.size() && c.ok(); ++i) {
        const CheckIn& k = doc.checkIns[i];
        c.refers(at("checkIns", i, "candidateId"), k.northStarId, candidates,
                 ExchangeText::tr("candidate"), false);
        // The years a file can spell as YYYY-MM-DD, so what is imported can be exported.
        const auto writable = [](const QDate& d) { return d.year() >= 1 && d.year() <= 9999; };
        if (c.ok() && (!k.date.isValid() || !writable(k.date)))
            c.fail(at("checkIns", i, "date"), ExchangeText::tr("expected a date"));
        if (c.ok() && k.nextDue.isValid() && !writable(k.nextDue))
            c.fail(at("checkIns", i, "nextDue"), ExchangeText::tr("expected a date"));
        if (c.ok() && !CheckIn::isConfidence(k.metricConfidence))
            c.fail(at("checkIns", i, "metricConfidence"), confidence);
        QSet<qint64> ofCandidate, rated;
        for (const Input& input : doc.inputsOf(k.northStarId))
            ofCandidate.insert(input.id);
        c.count("checkIns[].inputs", k.inputs.size(), RatingsPerCheckIn);
        for (qsizetype n = 0; n < k.inputs.size() && c.ok(); ++n) {
            const QString path = at("checkIns", i, "inputs") + QStringLiteral("[%1]").arg(n);
            const InputConfidence& rating = k.inputs[n];
            if (!ofCandidate.contains(rating.inputId))
                c.fail(path + QStringLiteral(".inputId"),
                       ExchangeText::tr("no input %1 of candidate %2")
                           .arg(rating.inputId)
                           .arg(k.northStarId));
            else if (rated.contains(rating.inputId))
                c.fail(path + QStringLiteral(".inputId"),
                       ExchangeText::tr("input %1 is rated twice").arg(rating.inputId));
            else if (!CheckIn::isConfidence(rating.confidence))
                c.fail(path + QStringLiteral(".confidence"), confidence);
            rated.insert(rating.inputId);
        }
        c.text(at("checkIns", i, "learned"), k.learned, L);
        c.text(at("checkIns", i, "nextStep"), k.nextStep, L);
        c.text(at("checkIns", i, "nextOwner"), k.nextOwner, S);
        const QString needsStep = ExchangeText::tr("needs a next step to go with");
        if (c.ok() && k.nextStep.trimmed().isEmpty() && !k.nextOwner.trimmed().isEmpty())
            c.fail(at("checkIns", i, "nextOwner"), needsStep);
        if (c.ok() && k.nextStep.trimmed().isEmpty() && k.nextDue.isValid())
            c.fail(at("checkIns", i, "nextDue"), needsStep);
    }
}

} // namespace DocumentChecker
