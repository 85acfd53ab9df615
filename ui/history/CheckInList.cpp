#include "CheckInList.h"

#include "ConfidenceChart.h"
#include "Theme.h"
#include "UserText.h"
#include "stages/common/StageWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using StageWidgets::label;

namespace {

QString longDate(const QDate& date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

// "the metric 4 of 5 · Active households 3 · …": every input named, so colour and position
// are never needed to read it.
QString confidences(const NorthStarRecord& record, const CheckIn& c) {
    QStringList parts;
    parts << CheckInList::tr("the metric %1 of 5").arg(c.metricConfidence);
    for (const Input& input : record.inputs)
        if (const int level = c.confidenceIn(input.id); level > 0)
            parts << CheckInList::tr("%1 %2").arg(UserText::isolate(input.name)).arg(level);
    return CheckInList::tr("Confidence: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString nextStep(const CheckIn& c) {
    const QString step = UserText::isolate(c.nextStep);
    const QString owner = UserText::isolate(c.nextOwner.trimmed());
    if (!owner.isEmpty() && c.nextDue.isValid())
        return CheckInList::tr("Next: %1 — %2, by %3").arg(step, owner, longDate(c.nextDue));
    if (!owner.isEmpty())
        return CheckInList::tr("Next: %1 — %2").arg(step, owner);
    if (c.nextDue.isValid())
        return CheckInList::tr("Next: %1 — by %2").arg(step, longDate(c.nextDue));
    return CheckInList::tr("Next: %1").arg(step);
}

} // namespace

CheckInList::CheckInList(const NorthStarRecord& record, const QList<CheckIn>& checkIns,
                         QWidget* parent)
    : QFrame(parent)
    , m_workshopId(record.workshopId)
    , m_record(record)
    , m_checkIns(checkIns) {
    setObjectName(QStringLiteral("checkInList"));
    setProperty("workshopId", record.workshopId);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 0, 0, 4); // indented: it belongs to the card above
    layout->setSpacing(8);
    auto* heading =
        label(tr("Check-ins on “%1” since this workshop (%n)", nullptr, int(checkIns.size()))
                  .arg(UserText::isolate(record.metricName)),
              this, "sectionTitle");
    layout->addWidget(heading);
    if (checkIns.isEmpty())
        layout->addWidget(StageWidgets::hint(
            tr("No check-ins yet. Every few weeks, “Add a check-in…” (Ctrl+Shift+K) records how "
               "confident the team is in the metric and each input, and what it learned."),
            this));
    else {
        m_chart = new ConfidenceChart(this);
        m_chart->setCheckIns(checkIns, record.metricName, record.inputs);
        layout->addWidget(m_chart);
    }
    for (const CheckIn& c : checkIns)
        layout->addWidget(entry(record, c));
}

QFrame* CheckInList::entry(const NorthStarRecord& record, const CheckIn& c) {
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("checkInEntry"));
    frame->setProperty("checkInId", c.id);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    auto* when = label(longDate(c.date), frame);
    when->setFont(Theme::font(10.5, QFont::DemiBold));
    when->setWordWrap(false);
    top->addWidget(when);
    top->addStretch(1);
    auto* remove = new QPushButton(tr("Delete"), frame);
    remove->setObjectName(QStringLiteral("deleteCheckIn"));
    remove->setAccessibleName(tr("Delete the check-in of %1").arg(longDate(c.date)));
    remove->setToolTip(tr("Delete this check-in (Ctrl+Z brings it back)"));
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, [this, c] { emit deleteRequested(c); });
    m_deleteButtons.append(remove);
    top->addWidget(remove);
    layout->addLayout(top);
    layout->addWidget(label(confidences(record, c), frame, "checkInConfidence"));
    if (!c.learned.trimmed().isEmpty())
        layout->addWidget(label(tr("What we learned: %1").arg(UserText::isolate(c.learned)), frame,
                                "checkInLearned"));
    if (!c.nextStep.trimmed().isEmpty())
        layout->addWidget(label(nextStep(c), frame, "checkInNext"));
    m_entries.append(frame);
    return frame;
}
