#pragma once
// A workshop as text for other tools: a Markdown page for wikis (headings, the North Star
// sentence, tables for inputs, the matrix and follow-ups) and a CSV of every candidate the
// room considered with its scores, for spreadsheets. Both read ReportFacts, so they say
// what the PDF says. User text is escaped for each format; nothing user-typed can become
// markup, a table column or a spreadsheet formula.
#include "exchange/WorkshopDocument.h"

#include <QByteArray>

class Playbook;

// UTF-8 Markdown (CommonMark with GitHub-style tables).
QByteArray markdownReport(const WorkshopDocument& doc, const Playbook& playbook);
// RFC 4180: a header row, one row per considered candidate, CRLF line ends, UTF-8 with a
// byte-order mark so spreadsheet apps read the encoding right.
QByteArray candidatesCsv(const WorkshopDocument& doc, const Playbook& playbook);

namespace TextExports {
// Escapes Markdown-significant characters in running text (line breaks become hard breaks).
QString markdownText(const QString& text);
// For one table cell: also escapes pipes and turns line breaks into <br>.
QString markdownCell(const QString& text);
// User text inside a sentence (or a heading) of ours: escaped as markdownText, and isolated so
// a right-to-left name does not turn the words around it.
QString markdownNamed(const QString& text);
// One CSV field: quoted when needed; user text starting with = + - @ (or a tab or carriage
// return), also after leading spaces, is prefixed with ' so spreadsheets do not run it as a
// formula. The text itself, leading spaces included, is kept as typed.
QString csvField(const QString& value, bool userText);
// The Markdown report's "Check-ins" section, newest first; empty when there are none
// (TextExportsCheckIns.cpp).
QString markdownCheckIns(const WorkshopDocument& doc);
} // namespace TextExports
