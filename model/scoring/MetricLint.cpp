#include "MetricLint.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace {

const QString WordChar = QStringLiteral("[\\p{L}\\p{N}_]");
const QString NumberPattern = QStringLiteral(
    "(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)");

QString normalized(const QString& text) {
    return text.normalized(QString::NormalizationForm_C);
}

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

// One phrase as a pattern: whole words only, flexible spaces and hyphens, optional plural.
QString phrasePattern(const QString& phrase) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\\x{2010}\\x{2011}]+"));
    const QString trimmed = normalized(phrase).trimmed();
    QStringList parts;
    for (const QString& token : trimmed.split(separators, Qt::SkipEmptyParts))
        parts << (token == QLatin1String("#") ? NumberPattern : QRegularExpression::escape(token));
    if (parts.isEmpty())
        return {};
    QString pattern = parts.join(QStringLiteral("[\\s\\-\\x{2010}\\x{2011}]+"));
    if (isWordChar(trimmed.back()) && trimmed.back() != u'#')
        pattern += QStringLiteral("(?:e?s)?");
    if (isWordChar(trimmed.front()) || trimmed.front() == u'#')
        pattern.prepend(QStringLiteral("(?<!%1)").arg(WordChar));
    if (isWordChar(trimmed.back()))
        pattern += QStringLiteral("(?!%1)").arg(WordChar);
    return pattern;
}

QRegularExpression anyOf(QStringList phrases) {
    // Longest first, so "monthly recurring revenue" is reported rather than "revenue".
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList patterns;
    for (const QString& phrase : phrases) {
        const QString pattern = phrasePattern(phrase);
        if (!pattern.isEmpty())
            patterns << QStringLiteral("(?:%1)").arg(pattern);
    }
    const QString joined = patterns.isEmpty() ? QStringLiteral("(?!)") : patterns.join(u'|');
    // Copies share the compiled (JIT) pattern, which costs milliseconds to build: keep one per
    // distinct list so that building another MetricLint over the same lists is cheap.
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(joined);
    if (it == cache.end())
        it = cache.insert(
            joined, QRegularExpression(joined, QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

QStringList matches(const QRegularExpression& expression, const QString& text) {
    QStringList found;
    auto it = expression.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured(0);
        if (!found.contains(word, Qt::CaseInsensitive))
            found << word;
    }
    return found;
}

QString quotedList(const QStringList& words) {
    QStringList quoted;
    for (const QString& word : words)
        quoted << QStringLiteral("\u201C%1\u201D").arg(word);
    return quoted.join(QStringLiteral(", "));
}

} // namespace

MetricLint::WordLists MetricLint::defaultWordLists() {
    WordLists lists;
    lists.vanity = QStringList{QStringLiteral("daily active user"),
                               QStringLiteral("weekly active user"),
                               QStringLiteral("monthly active user"),
                               QStringLiteral("active user"),
                               QStringLiteral("DAU"),
                               QStringLiteral("WAU"),
                               QStringLiteral("MAU"),
                               QStringLiteral("registered user"),
                               QStringLiteral("registrations"),
                               QStringLiteral("sign-up"),
                               QStringLiteral("signup"),
                               QStringLiteral("downloads"),
                               QStringLiteral("app installs"),
                               QStringLiteral("installs"),
                               QStringLiteral("page view"),
                               QStringLiteral("pageview"),
                               QStringLiteral("ad impression"),
                               QStringLiteral("impressions"),
                               QStringLiteral("time on page"),
                               QStringLiteral("time on site"),
                               QStringLiteral("story point"),
                               QStringLiteral("follower"),
                               QStringLiteral("likes"),
                               QStringLiteral("unique visitor"),
                               QStringLiteral("lines of code"),
                               QStringLiteral("total users")};
    lists.lagging = QStringList{QStringLiteral("revenue"),
                                QStringLiteral("monthly recurring revenue"),
                                QStringLiteral("annual recurring revenue"),
                                QStringLiteral("MRR"),
                                QStringLiteral("ARR"),
                                QStringLiteral("ARPU"),
                                QStringLiteral("ARPA"),
                                QStringLiteral("average revenue per user"),
                                QStringLiteral("churn"),
                                QStringLiteral("churn rate"),
                                QStringLiteral("lifetime value"),
                                QStringLiteral("customer lifetime value"),
                                QStringLiteral("LTV"),
                                QStringLiteral("CLV"),
                                QStringLiteral("CLTV"),
                                QStringLiteral("profit"),
                                QStringLiteral("profit margin"),
                                QStringLiteral("gross margin"),
                                QStringLiteral("EBITDA"),
                                QStringLiteral("earnings"),
                                QStringLiteral("gross merchandise value"),
                                QStringLiteral("GMV"),
                                QStringLiteral("net revenue retention"),
                                QStringLiteral("NRR")};
    lists.timeWindows = QStringList{QStringLiteral("per day"),      QStringLiteral("per week"),
                                    QStringLiteral("per month"),    QStringLiteral("per quarter"),
                                    QStringLiteral("per year"),     QStringLiteral("per hour"),
                                    QStringLiteral("per session"),  QStringLiteral("each day"),
                                    QStringLiteral("each week"),    QStringLiteral("each month"),
                                    QStringLiteral("each quarter"), QStringLiteral("each year"),
                                    QStringLiteral("every day"),    QStringLiteral("every week"),
                                    QStringLiteral("every month"),  QStringLiteral("every quarter"),
                                    QStringLiteral("every year"),   QStringLiteral("daily"),
                                    QStringLiteral("weekly"),       QStringLiteral("monthly"),
                                    QStringLiteral("quarterly"),    QStringLiteral("yearly"),
                                    QStringLiteral("annual"),       QStringLiteral("annually"),
                                    QStringLiteral("hourly"),       QStringLiteral("nightly"),
                                    QStringLiteral("# minute"),     QStringLiteral("# hour"),
                                    QStringLiteral("# day"),        QStringLiteral("# week"),
                                    QStringLiteral("# month"),      QStringLiteral("# quarter"),
                                    QStringLiteral("# year"),       QStringLiteral("last day"),
                                    QStringLiteral("last week"),    QStringLiteral("last month"),
                                    QStringLiteral("last quarter"), QStringLiteral("last year"),
                                    QStringLiteral("first day"),    QStringLiteral("first week"),
                                    QStringLiteral("first month"),  QStringLiteral("first session"),
                                    QStringLiteral("first visit")};
    lists.measures = QStringList{QStringLiteral("user"),       QStringLiteral("customer"),
                                 QStringLiteral("member"),     QStringLiteral("account"),
                                 QStringLiteral("team"),       QStringLiteral("subscriber"),
                                 QStringLiteral("reader"),     QStringLiteral("listener"),
                                 QStringLiteral("viewer"),     QStringLiteral("buyer"),
                                 QStringLiteral("seller"),     QStringLiteral("host"),
                                 QStringLiteral("guest"),      QStringLiteral("diner"),
                                 QStringLiteral("visitor"),    QStringLiteral("order"),
                                 QStringLiteral("purchase"),   QStringLiteral("transaction"),
                                 QStringLiteral("booking"),    QStringLiteral("reservation"),
                                 QStringLiteral("night"),      QStringLiteral("item"),
                                 QStringLiteral("message"),    QStringLiteral("session"),
                                 QStringLiteral("search"),     QStringLiteral("file"),
                                 QStringLiteral("document"),   QStringLiteral("review"),
                                 QStringLiteral("project"),    QStringLiteral("task"),
                                 QStringLiteral("delivery"),   QStringLiteral("deliveries"),
                                 QStringLiteral("ride"),       QStringLiteral("trip"),
                                 QStringLiteral("listing"),    QStringLiteral("sale"),
                                 QStringLiteral("click"),      QStringLiteral("view"),
                                 QStringLiteral("stream"),     QStringLiteral("minute"),
                                 QStringLiteral("hour"),       QStringLiteral("retention"),
                                 QStringLiteral("engagement"), QStringLiteral("conversion"),
                                 QStringLiteral("rate"),       QStringLiteral("ratio"),
                                 QStringLiteral("count"),      QStringLiteral("number"),
                                 QStringLiteral("percentage"), QStringLiteral("%")};
    lists.joiners = QStringList{QStringLiteral("and"), QStringLiteral("&"), QStringLiteral("+"),
                                QStringLiteral("plus")};
    lists.qualifiers =
        QStringList{QStringLiteral("who"),   QStringLiteral("that"),  QStringLiteral("which"),
                    QStringLiteral("where"), QStringLiteral("whose"), QStringLiteral("with")};
    return lists;
}

MetricLint::MetricLint()
    : MetricLint(defaultWordLists()) {}

MetricLint::MetricLint(const WordLists& lists)
    : m_lists(lists)
    , m_vanity(anyOf(lists.vanity))
    , m_lagging(anyOf(lists.lagging))
    , m_timeWindow(anyOf(lists.timeWindows))
    , m_measure(anyOf(lists.measures + lists.vanity + lists.lagging))
    , m_joiner(anyOf(lists.joiners))
    , m_qualifier(anyOf(lists.qualifiers)) {}

QList<MetricHint> MetricLint::check(const QString& rawName, const QString& rawDefinition) const {
    const QString name = normalized(rawName);
    const QString definition = normalized(rawDefinition);
    QList<MetricHint> hints;

    if (const QStringList words = matches(m_vanity, name); !words.isEmpty())
        hints << MetricHint{MetricHintKind::Vanity, words,
                            tr("%1 can read like a vanity metric: it can go up without customers "
                               "getting more value. What would a rise really tell you?")
                                .arg(quotedList(words))};
    if (const QStringList words = matches(m_lagging, name); !words.isEmpty())
        hints << MetricHint{MetricHintKind::Lagging, words,
                            tr("%1 reads like a business result that reports the past. Look for "
                               "the customer behaviour that comes before it.")
                                .arg(quotedList(words))};
    if (const QStringList parts = twoMetrics(name); !parts.isEmpty())
        hints << MetricHint{MetricHintKind::TwoMetrics, parts,
                            tr("The name seems to hold two metrics (%1). A North Star is one "
                               "number; the other may be an input or a guardrail.")
                                .arg(quotedList(parts))};
    if (!definition.trimmed().isEmpty() && !m_timeWindow.match(name).hasMatch() &&
        !m_timeWindow.match(definition).hasMatch())
        hints << MetricHint{MetricHintKind::NoTimeWindow,
                            {},
                            tr("The definition does not say over what period it is counted "
                               "(per week, in the last 30 days, in the first session...).")};
    return hints;
}

QList<MetricHint> MetricLint::checkInputCount(int count) const {
    if (count <= 0)
        return {MetricHint{MetricHintKind::TooFewInputs,
                           {},
                           tr("No inputs yet. Three to five inputs usually explain what moves "
                              "the metric.")}};
    if (count == 1)
        return {MetricHint{MetricHintKind::TooFewInputs,
                           {},
                           tr("Only one input so far. Three to five inputs usually explain what "
                              "moves the metric.")}};
    if (count == 2)
        return {MetricHint{MetricHintKind::TooFewInputs,
                           {},
                           tr("Only two inputs so far. Three to five inputs usually explain "
                              "what moves the metric.")}};
    if (count > 5)
        return {MetricHint{MetricHintKind::TooManyInputs,
                           {},
                           tr("%1 inputs are hard to own and to remember. Could some merge, or "
                              "become work under another input?")
                               .arg(count)}};
    return {};
}

// The two sides of the first joiner that has a measurable thing on each side, unless a
// qualifying clause ("teams that send and read") started before it.
QStringList MetricLint::twoMetrics(const QString& name) const {
    QList<QRegularExpressionMatch> cuts;
    auto it = m_joiner.globalMatch(name);
    while (it.hasNext())
        cuts << it.next();
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const qsizetype leftStart = i == 0 ? 0 : cuts.at(i - 1).capturedEnd();
        const qsizetype rightEnd =
            i + 1 < cuts.size() ? cuts.at(i + 1).capturedStart() : name.size();
        const QString prefix = name.left(cuts.at(i).capturedStart());
        if (m_qualifier.match(prefix).hasMatch())
            return {};
        const QString left = prefix.mid(leftStart).trimmed();
        const QString right =
            name.mid(cuts.at(i).capturedEnd(), rightEnd - cuts.at(i).capturedEnd()).trimmed();
        if (m_measure.match(left).hasMatch() && m_measure.match(right).hasMatch())
            return {left, right};
    }
    return {};
}
