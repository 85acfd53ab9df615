#include "WorkshopPage.h"

#include "Theme.h"
#include "playbook/Agenda.h"
#include "storage/WorkshopStore.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

WorkshopPage::WorkshopPage(WorkshopStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_people(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_agendaSummary(new QLabel(this))
    , m_agenda(new QWidget(this))
    , m_agendaLayout(new QVBoxLayout(m_agenda))
{
    setObjectName(QStringLiteral("workshopPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_people->setWordWrap(true);
    m_people->setTextFormat(Qt::PlainText);
    m_people->setObjectName(QStringLiteral("workshopPeople"));
    m_agendaSummary->setObjectName(QStringLiteral("sectionTitle"));
    m_outcome->setObjectName(QStringLiteral("workshopOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setStyleSheet(QStringLiteral("font-weight: 600; color: %1;")
                                 .arg(Theme::color(Theme::Role::Night).name()));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_agenda);
    m_agendaLayout->setContentsMargins(0, 0, 0, 0);
    m_agendaLayout->setSpacing(8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_people);
    layout->addWidget(m_outcome);
    layout->addSpacing(12);
    layout->addWidget(m_agendaSummary);
    layout->addWidget(scroll, 1);

    connect(&m_store, &WorkshopStore::workshopChanged, this, [this](qint64 id) {
        if (id == m_workshopId)
            refresh();
    });
    connect(&m_store, &WorkshopStore::participantsChanged, this, [this](qint64 id) {
        if (id == m_workshopId)
            refresh();
    });
}

void WorkshopPage::showWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    refresh();
}

void WorkshopPage::refresh()
{
    const auto workshop = m_store.workshop(m_workshopId);
    if (!workshop)
        return;
    m_title->setText(workshop->title);
    QStringList facts;
    if (!workshop->product.isEmpty())
        facts << workshop->product;
    if (!workshop->facilitator.isEmpty())
        facts << tr("facilitated by %1").arg(workshop->facilitator);
    facts << QLocale().toString(workshop->createdAt.toLocalTime().date(), QLocale::LongFormat);
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    QStringList people;
    for (const Participant& p : m_store.participants(m_workshopId))
        people << (p.discipline.isEmpty() ? p.name
                                          : tr("%1 (%2)").arg(p.name, p.discipline));
    m_people->setText(people.isEmpty()
                          ? tr("No participants yet.")
                          : tr("People: %1").arg(people.join(QStringLiteral(", "))));
    QStringList outcome;
    if (workshop->northStarId)
        if (const auto northStar = m_store.candidate(workshop->northStarId))
            outcome << tr("North Star Metric: %1").arg(northStar->name);
    const QStringList games = {QString(), tr("attention"), tr("transaction"), tr("productivity")};
    if (workshop->game != Game::Undecided)
        outcome << tr("Game: %1").arg(games.value(int(workshop->game)));
    m_outcome->setText(outcome.join(QStringLiteral("  ·  ")));
    m_outcome->setVisible(!outcome.isEmpty());
    rebuildAgenda(workshop->agendaMinutes, workshop->currentStage);
}

void WorkshopPage::rebuildAgenda(int agendaMinutes, const QString& currentStage)
{
    while (QLayoutItem* item = m_agendaLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Agenda& agenda = Agenda::standard();
    const int minutes = agenda.hasVariant(agendaMinutes) ? agendaMinutes : 120;
    m_agendaSummary->setText(tr("Agenda · %1 minutes").arg(minutes));
    int number = 1;
    for (const AgendaStage& block : agenda.blocks(minutes)) {
        auto* card = new QFrame(m_agenda);
        card->setObjectName(QStringLiteral("card"));
        auto* grid = new QGridLayout(card);
        grid->setContentsMargins(16, 12, 16, 12);
        const bool current = block.key == currentStage ||
                             std::any_of(block.steps.begin(), block.steps.end(),
                                         [&](const AgendaStage& s) { return s.key == currentStage; });
        auto* name = new QLabel(tr("%1. %2").arg(number++).arg(block.title), card);
        name->setObjectName(QStringLiteral("sectionTitle"));
        auto* time = new QLabel(tr("%1 min").arg(block.minutes), card);
        auto* purpose = new QLabel(block.purpose, card);
        purpose->setWordWrap(true);
        grid->addWidget(name, 0, 0);
        grid->addWidget(time, 0, 1, Qt::AlignRight);
        grid->addWidget(purpose, 1, 0, 1, 2);
        int row = 2;
        for (const AgendaStage& step : block.steps) {
            grid->addWidget(new QLabel(QStringLiteral("    ") + step.title, card), row, 0);
            grid->addWidget(new QLabel(tr("%1 min").arg(step.minutes), card), row++, 1,
                            Qt::AlignRight);
        }
        if (current)
            card->setStyleSheet(QStringLiteral("QFrame#card { border: 2px solid %1; }")
                                    .arg(Theme::color(Theme::Role::Star).name()));
        m_agendaLayout->addWidget(card);
    }
    m_agendaLayout->addStretch();
}
