#pragma once
// One reader per playbook file. Each turns a parsed PlaybookFile into values, checking the
// fields the app relies on (keys it stores, counts the stages need); on a problem it records
// it in the file and returns what it has, so the caller only has to test file.ok().
#include "PlaybookContent.h"
#include "PlaybookFile.h"

namespace PlaybookSections {

struct Opening {
    QString reminder; // psychological safety: this is not a performance-tracking tool
    QList<OpeningQuestion> questions;
};

struct Games {
    QString coaching; // tie the game to the moment of value exchange
    QList<GameGuide> games;
};

struct Checklist {
    QList<ChecklistCriterion> criteria;
    MetricWordList vanity;
    MetricWordList lagging;
};

struct Structure {
    QString formula;
    QList<InputPatternGuide> patterns;
    WorkedExample example;
};

// The keys stored with checklist scores; the bundled checklist must use exactly these.
QStringList checklistKeys();

Opening readOpening(PlaybookFile& file);
Games readGames(PlaybookFile& file);
Checklist readChecklist(PlaybookFile& file);
Structure readStructure(PlaybookFile& file);
QList<ReferenceExample> readExamples(PlaybookFile& file);
WarmUpBrief readWarmUp(PlaybookFile& file);
QList<FillInTemplate> readTemplates(PlaybookFile& file);
// `agendaKeys`: the stages a revisit may leave out must be the agenda's.
RevisitGuide readRevisit(PlaybookFile& file, const QStringList& agendaKeys);

} // namespace PlaybookSections
