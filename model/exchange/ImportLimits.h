#pragma once
// How much one imported workshop may hold. A file over these limits is refused before
// anything is written; the numbers are documented in resources/exchange/README.md and are
// far above what a real workshop of 5-9 people produces, so they only stop hostile or broken
// files from exhausting memory or the library.
#include "domain/TextLimits.h"

#include <QtGlobal>

namespace ImportLimits {
inline constexpr qsizetype MaxBytes = 10 * 1024 * 1024; // checked before parsing
inline constexpr int MaxDepth = 8; // arrays and objects inside each other; a valid file uses 5

inline constexpr int Participants = 1000;
inline constexpr int Stages = 200;
inline constexpr int CustomStages = 100;
inline constexpr int QuestionNotes = 100;
inline constexpr int WarmUpGroups = 100;
inline constexpr int PairGroups = 1000;
inline constexpr int GroupMembers = Participants;
inline constexpr int Candidates = 10000;
inline constexpr int InputsPerCandidate = 100;
inline constexpr int SourcesPerCandidate = 100; // mergedFrom
inline constexpr int ChecklistScores = 200000;
inline constexpr int MatrixCriteria = 50;
inline constexpr int MatrixScores = 200000;
inline constexpr int Votes = 100000;
inline constexpr int FollowUps = 1000;
inline constexpr int CheckIns = 1000;
inline constexpr int RatingsPerCheckIn = InputsPerCandidate;

inline constexpr qint64 MaxId = (qint64(1) << 53) - 1; // exact in every JSON reader
inline constexpr qint64 MaxElapsedMs = qint64(1000) * 60 * 60 * 24 * 366; // a year
inline constexpr int MaxStageMinutes = 600;
inline constexpr int MaxHands = 999;
inline constexpr int MaxDots = 99;

// Short names for the text limits in the importer's long tables of fields.
inline constexpr int S = TextLimits::ShortText;
inline constexpr int L = TextLimits::LongText;
inline constexpr int N = TextLimits::Notes;
} // namespace ImportLimits
