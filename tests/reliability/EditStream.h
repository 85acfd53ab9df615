#pragma once
// The kill test's line protocol, shared by the edit driver and the test. Before each store
// call the driver prints "try N KIND ARGS...", after the call returned true it prints
// "ack N KIND ARGS... [NEW-ID]". Every edit writes a token "E<N>" that names it, so the
// test can tell from the library alone which edits are there.
#include <QList>
#include <QString>
#include <QStringList>

namespace EditStream {

// The text an edit number writes: "E<n>", optionally followed by filler to `length`.
QString token(qint64 n);
QString longText(qint64 n, int length);
// The edit number in a token, or -1 when `text` does not start with one.
qint64 numberOf(const QString& text);

// One value the library must hold after an edit. `key` is "table/row/column" with the
// row's key columns joined by ':'; `value` is the text the column holds, or absent().
struct Cell {
    QString key;
    QString value;
};
QString absent();
QString cellKey(const QString& table, const QString& row, const QString& column);

// The cells a protocol line promises. An "ack" line promises all of its edit's cells; a
// "try" line (an edit in flight when the driver died) only those of edits that overwrite
// an existing value, which may or may not have been committed.
QList<Cell> cellsOf(const QStringList& words);

} // namespace EditStream
