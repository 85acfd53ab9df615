#include "DraftText.h"
#include "domain/StageKeys.h"

#include "UserText.h"
#include "storage/WorkshopStore.h"

#include <QWidget>

#include <algorithm>

namespace {
class DraftTextTr {
    Q_DECLARE_TR_FUNCTIONS(DraftText)
};
constexpr int MostPeoplePerPage = 3;
} // namespace

namespace DraftText {

QString title(const Candidate& card) {
    if (!card.name.trimmed().isEmpty())
        return card.name.simplified();
    if (!card.behaviour.trimmed().isEmpty())
        return card.behaviour.simplified();
    return DraftTextTr::tr("Untitled card");
}

bool hasText(const Candidate& card) {
    return !(card.name.trimmed().isEmpty() && card.behaviour.trimmed().isEmpty() &&
             card.measure.trimmed().isEmpty() && card.definition.trimmed().isEmpty());
}

QString oneLine(const QString& text, int maxChars) {
    const QString line = text.simplified();
    if (line.size() <= maxChars)
        return line;
    // Do not cut a surrogate pair in half.
    qsizetype cut = std::max(1, maxChars - 1);
    if (line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + QChar(0x2026);
}

QString cardCount(int count) {
    return count == 1 ? DraftTextTr::tr("1 card") : DraftTextTr::tr("%1 cards").arg(count);
}

QHash<qint64, QString> names(const QList<Participant>& people) {
    QHash<qint64, QString> result;
    for (const Participant& p : people)
        result.insert(p.id, p.name.simplified());
    return result;
}

QString memberNames(const QList<qint64>& members, const QHash<qint64, QString>& names) {
    QStringList list;
    for (qint64 id : members)
        list << UserText::isolate(names.value(id, DraftTextTr::tr("someone who left")));
    if (list.size() <= 1)
        return list.value(0);
    const QString last = list.takeLast();
    return DraftTextTr::tr("%1 & %2").arg(list.join(QStringLiteral(", ")), last);
}

QList<Candidate> ownCards(const QList<Candidate>& all, qint64 authorId) {
    QList<Candidate> result;
    for (const Candidate& c : all)
        if (c.kind == CandidateKind::Own && c.authorId == authorId)
            result << c;
    return result;
}

QString sources(const Candidate& card, const QList<Candidate>& all,
                const QHash<qint64, QString>& names, int maxChars) {
    QStringList parts;
    for (qint64 id : card.mergedFrom)
        for (const Candidate& source : all)
            if (source.id == id) {
                const QString what = oneLine(title(source), maxChars);
                parts << (source.authorId != 0 && names.contains(source.authorId)
                              ? DraftTextTr::tr("%1 (%2)").arg(
                                    UserText::isolate(what),
                                    UserText::isolate(names.value(source.authorId)))
                              : what);
            }
    return parts.join(QStringLiteral(", "));
}

int pageCount(int people) {
    return std::max(1, (people + MostPeoplePerPage - 1) / MostPeoplePerPage);
}

int perPage(int people) {
    const int pages = pageCount(people);
    return std::max(1, (people + pages - 1) / pages);
}

void discard(QWidget* widget) {
    if (!widget)
        return;
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

} // namespace DraftText
