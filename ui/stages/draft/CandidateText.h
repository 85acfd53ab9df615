#pragma once
// How "share and score" and "decide" put a candidate into words, the same on the console and
// the projector: its name (or a stand-in when it has none), the filled-in template sentence
// and the metric lint hints beside it. Whether the room may see cards yet: Reveal.h.
#include "domain/Candidate.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace CandidateText {

QString name(const Candidate& candidate);
// "I would trust … if I saw more <behaviour>, which we could measure as <measure>." Empty
// when neither blank is filled.
QString sentence(const Candidate& candidate);
// The metric lint hints for the name, the definition and the number of named inputs.
QStringList hints(const Candidate& candidate, int inputCount);
QHash<qint64, QString> names(const QList<Candidate>& candidates);
QList<qint64> ids(const QList<Candidate>& candidates);
// `text` broken into lines of about `width` characters at spaces, for headers and table
// cells that do not wrap words themselves (a longer word keeps its own line).
QString lines(const QString& text, qsizetype width);

} // namespace CandidateText
