#pragma once
// Plain-language hints about a candidate North Star Metric, shown beside the card: reads
// like a vanity metric, reads like a lagging business result, joins two metrics, has no time
// window, has too few or too many inputs. Hints never block anything; the room decides.
// The word lists are data (the playbook can supply its own); matching ignores case, respects
// word boundaries and works with any script.
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

enum class MetricHintKind {
    Vanity,
    Lagging,
    TwoMetrics,
    NoTimeWindow,
    TooFewInputs,
    TooManyInputs
};

struct MetricHint {
    MetricHintKind kind = MetricHintKind::Vanity;
    QStringList matched; // the words that triggered it, as written by the user
    QString message;     // translated, for the facilitator and the projector
};

class MetricLint {
    Q_DECLARE_TR_FUNCTIONS(MetricLint)

public:
    // Phrases are matched as whole words; spaces and hyphens inside a phrase match any run of
    // spaces or hyphens, a trailing "s"/"es" plural is accepted, and '#' stands for a number
    // (digits, or an English number word up to twelve, or "a"/"an").
    struct WordLists {
        QStringList vanity;      // names that can rise without customers getting value
        QStringList lagging;     // business results that report the past
        QStringList timeWindows; // phrases that fix a counting period ("per week", "# day")
        QStringList measures;    // countable things, for the two-metrics check; the vanity
                                 // and lagging phrases count as measures too
        QStringList joiners;     // what joins two metrics in a name ("and", "&", "+")
        QStringList qualifiers;  // words that start a qualifying clause ("who", "that"):
                                 // "teams that send and read messages" is one metric
    };

    static WordLists defaultWordLists();

    MetricLint();
    explicit MetricLint(const WordLists& lists);

    const WordLists& wordLists() const { return m_lists; }

    // Hints about a metric's name and definition, in the order of MetricHintKind.
    // Vanity, lagging and two-metrics look at the name (how the candidate is "named");
    // the time window is looked for in the name and the definition, and only once a
    // definition has been written: precise thresholds come after the concept.
    QList<MetricHint> check(const QString& name, const QString& definition) const;

    // A hint when `count` is outside the usual 3 to 5 inputs, otherwise nothing.
    QList<MetricHint> checkInputCount(int count) const;

private:
    QStringList twoMetrics(const QString& name) const;

    WordLists m_lists;
    QRegularExpression m_vanity;
    QRegularExpression m_lagging;
    QRegularExpression m_timeWindow;
    QRegularExpression m_measure;
    QRegularExpression m_joiner;
    QRegularExpression m_qualifier;
};
