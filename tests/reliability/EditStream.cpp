#include "EditStream.h"

namespace EditStream {

QString token(qint64 n) {
    return QStringLiteral("E%1").arg(n);
}

QString longText(qint64 n, int length) {
    return token(n) + QLatin1Char(' ') + QString(length, QChar(u'a' + int(n % 26)));
}

qint64 numberOf(const QString& text) {
    if (!text.startsWith(u'E'))
        return -1;
    const qsizetype end = text.indexOf(u' ');
    bool ok = false;
    const qint64 n = text.mid(1, end < 0 ? -1 : end - 1).toLongLong(&ok);
    return ok ? n : -1;
}

QString absent() {
    return QStringLiteral("<absent>");
}

QString cellKey(const QString& table, const QString& row, const QString& column) {
    return table + u'/' + row + u'/' + column;
}

QList<Cell> cellsOf(const QStringList& w) {
    if (w.size() < 3)
        return {};
    const bool acked = w.at(0) == QLatin1String("ack");
    const qint64 n = w.at(1).toLongLong();
    const QString& kind = w.at(2);
    const QString t = token(n);
    auto arg = [&w](int i) { return i + 3 < w.size() ? w.at(i + 3) : QString(); };
    // Edits that overwrite a value; their "try" lines count too.
    if (kind == QLatin1String("rename"))
        return {{cellKey(QStringLiteral("workshop"), arg(0), QStringLiteral("title")), t}};
    if (kind == QLatin1String("removeinput"))
        return {{cellKey(QStringLiteral("input"), arg(0), QStringLiteral("name")), absent()}};
    if (kind == QLatin1String("notes"))
        return {{cellKey(QStringLiteral("stage_state"), arg(0) + u':' + arg(1),
                         QStringLiteral("notes")),
                 longText(n, arg(2).toInt())}};
    if (kind == QLatin1String("vote"))
        return {{cellKey(QStringLiteral("vote"), arg(0) + u':' + arg(1), QStringLiteral("dots")),
                 arg(2)}};
    if (kind == QLatin1String("score"))
        return {{cellKey(QStringLiteral("checklist_score"),
                         arg(0) + u':' + t + QStringLiteral(":0"), QStringLiteral("answer")),
                 QStringLiteral("2")}};
    if (!acked)
        return {}; // an insert in flight: its row may or may not be there
    // Inserts: the new row's id is the last word of the "ack" line.
    const QString id = w.last();
    if (kind == QLatin1String("workshop"))
        return {{cellKey(QStringLiteral("workshop"), id, QStringLiteral("product")), t},
                {cellKey(QStringLiteral("workshop"), id, QStringLiteral("title")), t}};
    if (kind == QLatin1String("participant"))
        return {{cellKey(QStringLiteral("participant"), id, QStringLiteral("name")), t}};
    if (kind == QLatin1String("candidate"))
        return {{cellKey(QStringLiteral("candidate"), id, QStringLiteral("name")), t},
                {cellKey(QStringLiteral("candidate"), id, QStringLiteral("definition")),
                 longText(n, arg(1).toInt())}};
    if (kind == QLatin1String("input"))
        return {{cellKey(QStringLiteral("input"), id, QStringLiteral("name")), t}};
    if (kind == QLatin1String("followup"))
        return {{cellKey(QStringLiteral("follow_up"), id, QStringLiteral("text")), t}};
    return {};
}

} // namespace EditStream
