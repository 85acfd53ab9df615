#include "HistoryCard.h"

#include "Theme.h"
#include "UserText.h"
#include "history/ComparisonText.h"
#include "stages/common/StageWidgets.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

#include "history/HistoryText.h"
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using StageWidgets::label;

namespace {

QString dateText(const QDateTime& date) {
    return QLocale().toString(date.toLocalTime().date(), QLocale::LongFormat);
}

QPushButton* button(const QString& text, const QString& accessible, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}

} // namespace

HistoryCard::HistoryCard(const NorthStarRecord& record, bool hasOlder, QWidget* parent)
    : QFrame(parent)
    , m_workshopId(record.workshopId)
    , m_record(record)
    , m_hasOlder(hasOlder)
    , m_compare(new QCheckBox(tr("Compare"), this)) {
    const QString title = UserText::isolate(record.title);
    QHBoxLayout* top = addTop(record);
    if (hasOlder) {
        m_withOlder = button(tr("Compare with the one before"),
                             tr("Compare “%1” with the workshop before").arg(title), this);
        connect(m_withOlder, &QPushButton::clicked, this,
                [this] { emit compareWithOlderRequested(m_workshopId); });
        top->addWidget(m_withOlder);
    }
    const bool kept = record.outcome() == NorthStarOutcome::Kept;
    m_note = button(!record.changeNote.isEmpty() ? tr("Edit why…")
                    : kept                       ? tr("Why we kept it…")
                                                 : tr("Why we changed…"),
                    kept ? tr("Why the North Star was kept in “%1”").arg(title)
                         : tr("Why the North Star changed in “%1”").arg(title),
                    this);
    connect(m_note, &QPushButton::clicked, this,
            [this, kept] { emit noteRequested(m_workshopId, kept); });
    top->addWidget(m_note);
    m_open = button(tr("Open"), tr("Open “%1”").arg(title), this);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_workshopId); });
    top->addWidget(m_open);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    addLineage(record, layout);
    addNorthStar(record, layout);
    addWhy(record, layout);
}

HistoryCard::HistoryCard(const NorthStarRecord& record, const TeamOrigin& team, QWidget* parent)
    : QFrame(parent)
    , m_workshopId(teamKey(team.teamId))
    , m_record(record)
    , m_hasOlder(false)
    , m_compare(new QCheckBox(tr("Compare"), this)) {
    setProperty("team", true);
    const QString title = UserText::isolate(record.title);
    QHBoxLayout* top = addTop(record);
    m_take =
        button(tr("Take a copy"), tr("Take a copy of “%1” from the team library").arg(title), this);
    m_take->setToolTip(tr("Copy this team workshop into this laptop's library"));
    connect(m_take, &QPushButton::clicked, this,
            [this, teamId = team.teamId] { emit takeRequested(teamId); });
    top->addWidget(m_take);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    QLabel* origin =
        label(tr("In the team library · published by %1 on %2")
                  .arg(UserText::isolate(team.publishedBy), dateText(team.publishedAt)),
              this, "teamOrigin");
    origin->setAccessibleName(origin->text());
    layout->addWidget(origin);
    addLineage(record, layout);
    addNorthStar(record, layout);
    addWhy(record, layout);
}

// The date, the title and facilitator, and Compare; the caller adds its buttons after them.
QHBoxLayout* HistoryCard::addTop(const NorthStarRecord& record) {
    setObjectName(QStringLiteral("card"));
    setProperty("workshopId", m_workshopId);
    const QString title = UserText::isolate(record.title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    auto* top = new QHBoxLayout;
    auto* when = label(dateText(record.date), this, "sectionTitle");
    when->setWordWrap(false); // a date reads on one line
    top->addWidget(when);
    auto* who =
        label(record.facilitator.trimmed().isEmpty()
                  ? record.title
                  : tr("%1 · facilitated by %2").arg(title, UserText::isolate(record.facilitator)),
              this, "pageSubtitle");
    top->addWidget(who, 1);
    m_compare->setAccessibleName(tr("Compare “%1”").arg(title));
    m_compare->setToolTip(tr("Tick two workshops, then Compare the two ticked"));
    connect(m_compare, &QCheckBox::toggled, this,
            [this](bool on) { emit compareToggled(m_workshopId, on); });
    top->addWidget(m_compare);
    layout->addLayout(top);
    return top;
}

void HistoryCard::addWhy(const NorthStarRecord& record, QVBoxLayout* layout) {
    if (record.changeNote.trimmed().isEmpty())
        return;
    // A revisit that kept its North Star explains why it kept it, not why it changed.
    const QString note = UserText::isolate(record.changeNote);
    layout->addWidget(label(record.outcome() == NorthStarOutcome::Kept
                                ? tr("Why we kept it: %1").arg(note)
                                : tr("Why we changed: %1").arg(note),
                            this, "historyWhy"));
}

// A revisit says which workshop it revisits and whether it kept the North Star it carried
// over: in words, so colour is never the only cue.
void HistoryCard::addLineage(const NorthStarRecord& record, QVBoxLayout* layout) {
    const QString outcome = HistoryText::outcomeLabel(record.outcome());
    QStringList parts;
    if (record.predecessorId != 0)
        parts << HistoryText::revisits(
            QStringLiteral("“%1”").arg(UserText::isolate(record.predecessorTitle)),
            record.predecessorDate.toLocalTime().date());
    if (parts.isEmpty() && outcome.isEmpty())
        return;
    auto* row = new QHBoxLayout;
    if (!outcome.isEmpty()) {
        m_outcome = label(outcome, this, "historyOutcome");
        m_outcome->setObjectName(QStringLiteral("outcome"));
        m_outcome->setWordWrap(false);
        const char* key = record.outcome() == NorthStarOutcome::Kept      ? "kept"
                          : record.outcome() == NorthStarOutcome::Changed ? "changed"
                                                                          : "deciding";
        m_outcome->setProperty("outcome", QString::fromLatin1(key));
        m_outcome->setAccessibleName(tr("North Star: %1").arg(outcome));
        row->addWidget(m_outcome);
    }
    if (!parts.isEmpty())
        row->addWidget(StageWidgets::hint(parts.join(QStringLiteral(" · ")), this), 1);
    else
        row->addStretch(1);
    layout->addLayout(row);
}

void HistoryCard::addNorthStar(const NorthStarRecord& record, QVBoxLayout* layout) {
    if (!record.hasNorthStar()) {
        const QString game = ComparisonText::gameLabel(record.game);
        layout->addWidget(StageWidgets::hint(
            game.isEmpty() ? tr("No North Star chosen in this workshop.")
                           : tr("No North Star chosen in this workshop (%1).").arg(game),
            this));
        return;
    }
    auto* metric =
        label(tr("★ %1").arg(UserText::isolate(record.metricName)), this, "historyMetric");
    metric->setFont(Theme::font(15, QFont::DemiBold));
    layout->addWidget(metric);
    if (!record.metricDefinition.trimmed().isEmpty())
        layout->addWidget(label(record.metricDefinition, this, "historyDefinition"));
    if (const QString game = ComparisonText::gameLabel(record.game); !game.isEmpty())
        layout->addWidget(StageWidgets::hint(game, this));

    if (record.inputs.isEmpty()) {
        layout->addWidget(StageWidgets::hint(tr("No inputs written down."), this));
    } else {
        auto* grid = new QGridLayout;
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(4);
        grid->addWidget(label(tr("Inputs"), this, "sectionTitle"), 0, 0, 1, 3);
        int row = 1;
        for (const Input& input : record.inputs) {
            auto* name = label(input.name, this);
            name->setFont(Theme::font(10.5, QFont::DemiBold));
            grid->addWidget(name, row, 0);
            grid->addWidget(label(input.definition, this), row, 1);
            grid->addWidget(label(input.owner.trimmed().isEmpty()
                                      ? tr("no owner yet")
                                      : tr("owner: %1").arg(UserText::isolate(input.owner)),
                                  this, "pageSubtitle"),
                            row, 2);
            ++row;
        }
        grid->setColumnStretch(0, 2);
        grid->setColumnStretch(1, 4);
        grid->setColumnStretch(2, 2);
        layout->addLayout(grid);
    }
    if (!record.guardrailName.trimmed().isEmpty() ||
        !record.guardrailDefinition.trimmed().isEmpty()) {
        const QString text = record.guardrailDefinition.trimmed().isEmpty()
                                 ? tr("Guardrail: %1").arg(UserText::isolate(record.guardrailName))
                                 : tr("Guardrail: %1 — %2")
                                       .arg(UserText::isolate(record.guardrailName),
                                            UserText::isolate(record.guardrailDefinition));
        layout->addWidget(label(text, this, "historyGuardrail"));
    }
}
