#pragma once
// The roster as people type it: one person per line, optionally followed by a comma and
// their discipline ("Ana Ribeiro, product"). Blank lines are ignored.
#include "Participant.h"

#include <QList>

QList<Participant> parseRosterText(const QString& text);
QString rosterText(const QList<Participant>& participants);
