#pragma once
// DocumentCheck's parts shared by its files: the path of a list's member in a message, and the
// checker that keeps the first problem found.
#include "ExchangeText.h"
#include "exchange/ImportLimits.h"

#include <QSet>
#include <QString>

struct WorkshopDocument;

namespace DocumentChecker {

inline QString at(const char* list, qsizetype index, const char* member = nullptr) {
    QString path = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    if (member)
        path += u'.' + QLatin1String(member);
    return path;
}

// Collects the first problem; later checks are skipped once there is one.
class Checker {
public:
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    bool fail(const QString& path, const QString& what) {
        if (ok())
            m_problem = ExchangeText::tr("%1: %2").arg(path, what);
        return false;
    }
    bool text(const QString& path, const QString& value, int maxLength, bool nonBlank = false) {
        if (!ok())
            return false;
        if (value.size() > maxLength)
            return fail(path, ExchangeText::tr("%1 characters; the limit is %2")
                                  .arg(value.size())
                                  .arg(maxLength));
        if (value.contains(QChar(u'\0')))
            return fail(path, ExchangeText::tr("contains a NUL character"));
        if (!value.isValidUtf16())
            return fail(path,
                        ExchangeText::tr("contains a broken character (an unpaired surrogate)"));
        if (nonBlank && value.trimmed().isEmpty())
            return fail(path, ExchangeText::tr("must not be blank"));
        return true;
    }
    bool range(const QString& path, qint64 value, qint64 min, qint64 max) {
        return !ok() || (value >= min && value <= max) ||
               fail(path,
                    ExchangeText::tr("expected a whole number from %1 to %2").arg(min).arg(max));
    }
    bool count(const char* list, qsizetype size, int limit) {
        return !ok() || size <= limit ||
               fail(QLatin1String(list),
                    ExchangeText::tr("%1 entries; the limit is %2").arg(size).arg(limit));
    }
    // Adds `id` to `ids`; fails if it is not a valid id or is already there.
    bool unique(const QString& path, qint64 id, QSet<qint64>& ids) {
        if (!range(path, id, 1, ImportLimits::MaxId))
            return false;
        if (ids.contains(id))
            return fail(path, ExchangeText::tr("id %1 is used twice").arg(id));
        ids.insert(id);
        return true;
    }
    bool refers(const QString& path, qint64 id, const QSet<qint64>& ids, const QString& what,
                bool optional = true) {
        return !ok() || (optional && id == 0) || ids.contains(id) ||
               fail(path, ExchangeText::tr("no %1 %2").arg(what).arg(id));
    }

private:
    QString m_problem;
};

// The check-ins of `doc` (DocumentCheckCheckIns.cpp); `candidates` are the file's candidate ids.
void checkCheckIns(Checker& c, const WorkshopDocument& doc, const QSet<qint64>& candidates);

} // namespace DocumentChecker
