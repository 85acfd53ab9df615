// ProductPage: the team library's workshops of the product. Asked of the team library's own
// thread (TeamClient), whose progress shows in the status bar after its busy delay; each
// answer was checked there as strictly as an imported file. Offline, or before the answer,
// the page is the laptop's alone; a failure is one quiet line, never a dialog.
#include "ProductPage.h"

#include "HistoryCard.h"
#include "UserText.h"
#include "history/DocumentRecord.h"
#include "stages/common/StageWidgets.h"
#include "team/TeamClient.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

void ProductPage::buildTeamSection() {
    m_teamSection = new QWidget(m_list);
    m_teamSection->setObjectName(QStringLiteral("productTeam"));
    auto* layout = new QVBoxLayout(m_teamSection);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(14);
    m_teamTitle = StageWidgets::label({}, m_teamSection, "sectionTitle");
    m_teamStatus = StageWidgets::hint({}, m_teamSection);
    m_teamStatus->setObjectName(QStringLiteral("teamStatus"));
    m_teamStatus->setAccessibleName(tr("About the team library's workshops"));
    m_teamStatus->hide();
    m_teamCardsLayout = new QVBoxLayout;
    m_teamCardsLayout->setContentsMargins(0, 0, 0, 0);
    m_teamCardsLayout->setSpacing(14);
    layout->addWidget(m_teamTitle);
    layout->addWidget(m_teamStatus);
    layout->addLayout(m_teamCardsLayout);
    m_teamSection->hide();
}

void ProductPage::setTeamClient(TeamClient* client) {
    if (m_team)
        disconnect(m_team, nullptr, this, nullptr);
    m_team = client;
    clearTeam();
    if (!m_team)
        return;
    connect(m_team, &TeamClient::connectionChanged, this, [this](bool connected) {
        if (connected)
            requestTeam(true);
        else
            clearTeam();
    });
    connect(m_team, &TeamClient::teamChanged, this, [this] { requestTeam(true); });
    connect(m_team, &TeamClient::productListed, this,
            [this](int request, const TeamLibrary::ProductWorkshops& found) {
                if (request != m_teamRequest)
                    return; // an answer to an older question
                QList<TeamWorkshop> workshops;
                for (const TeamLibrary::ProductWorkshop& w : found.workshops)
                    workshops.append({DocumentRecord::of(w.document), w.summary.teamId,
                                      w.summary.publishedBy, w.summary.publishedAt});
                QStringList notes = found.skipped;
                if (found.more)
                    notes << tr("Only the %1 latest published are shown.").arg(workshops.size());
                showTeam(request, workshops, notes);
            });
    connect(m_team, &TeamClient::failed, this,
            [this](int request, TeamClient::Request kind, const QString& message) {
                if (kind == TeamClient::Request::Product)
                    teamFailed(request, message);
                else if (kind == TeamClient::Request::Take && m_teamTakes.remove(request))
                    emit statusMessage(message);
            });
    connect(m_team, &TeamClient::taken, this,
            [this](int request, qint64, qint64, const QString& warning) {
                if (!m_teamTakes.contains(request))
                    return;
                // By now the page may show the copy as the laptop's, and the team's card gone.
                const QString title = m_teamTakes.take(request);
                emit statusMessage(tr("Took a copy of “%1” into this laptop's library.")
                                       .arg(UserText::isolate(title)));
                if (!warning.isEmpty()) {
                    m_teamStatus->setText(warning);
                    m_teamStatus->show();
                }
            });
    requestTeam(true);
}

void ProductPage::clearTeam() {
    m_teamRequest = 0;
    m_teamAsked.clear();
    m_teamShownKey.clear();
    m_teamWorkshops.clear();
    m_ticked.removeIf([](qint64 key) { return key < 0; });
    for (HistoryCard* c : std::as_const(m_teamCards)) {
        c->hide();
        c->deleteLater(); // later: its own button may be what led here
    }
    m_teamCards.clear();
    updateSubtitle();
    if (m_teamSection) {
        m_teamStatus->clear();
        m_teamStatus->hide();
        m_teamSection->hide();
    }
    updateCompareButton();
}

void ProductPage::requestTeam(bool again) {
    if (!m_team || !m_team->isConnected() || m_product.key.isEmpty()) {
        clearTeam(); // offline, or the workshops with no product named: the laptop's alone
        return;
    }
    if (!m_teamShownKey.isEmpty() && m_teamShownKey != m_product.key)
        clearTeam(); // another product's
    QStringList spellings;
    QList<TeamLibrary::LaptopWorkshop> own;
    QString asked = m_product.key;
    for (const NorthStarRecord& record : std::as_const(m_history)) {
        if (!spellings.contains(record.product))
            spellings << record.product;
        own.append({record.workshopId, record.date, record.title});
        asked += QStringLiteral("\n%1 %2 %3")
                     .arg(record.workshopId)
                     .arg(record.date.toMSecsSinceEpoch())
                     .arg(record.title);
    }
    asked += u'\n' + spellings.join(u'\n');
    if (!again && asked == m_teamAsked)
        return; // the same question: its answer is shown or on its way
    m_teamAsked = asked;
    m_teamRequest = m_team->productWorkshops(m_product.key, spellings, own);
}

void ProductPage::showTeam(int request, const QList<TeamWorkshop>& found,
                           const QStringList& notes) {
    if (request != m_teamRequest)
        return;
    m_teamRequest = 0;
    m_teamShownKey = m_product.key;
    QList<qint64> wasTicked;
    for (const qint64 key : std::as_const(m_ticked))
        if (key < 0)
            wasTicked << key;
    for (HistoryCard* c : std::as_const(m_teamCards)) {
        c->hide();
        c->deleteLater();
    }
    m_teamCards.clear();
    m_teamWorkshops = found;
    for (const TeamWorkshop& w : found) {
        auto* c =
            new HistoryCard(w.record, {w.teamId, w.publishedBy, w.publishedAt}, m_teamSection);
        c->compareBox()->setObjectName(QStringLiteral("compareBox"));
        c->takeButton()->setObjectName(QStringLiteral("takeButton"));
        {
            const QSignalBlocker quiet(c->compareBox());
            c->compareBox()->setChecked(wasTicked.contains(c->workshopId()));
        }
        connect(c, &HistoryCard::compareToggled, this, &ProductPage::setTicked);
        connect(c, &HistoryCard::takeRequested, this, &ProductPage::takeTeamCopy);
        m_teamCardsLayout->addWidget(c);
        m_teamCards.append(c);
    }
    // Ticked team workshops that are gone (withdrawn, or taken as a copy) let go.
    m_ticked.removeIf([this](qint64 key) { return key < 0 && !teamWorkshop(-key); });
    updateCompareButton();
    m_teamTitle->setText(
        found.size() == 1
            ? tr("In the team library: 1 more workshop of this product")
            : tr("In the team library: %1 more workshops of this product").arg(found.size()));
    updateSubtitle();
    m_teamTitle->setVisible(!found.isEmpty());
    m_teamStatus->setText(notes.join(u'\n'));
    m_teamStatus->setVisible(!notes.isEmpty());
    // Nothing in the team library for this product: nothing to say.
    m_teamSection->setVisible(!found.isEmpty() || !notes.isEmpty());
    fitList();
}

void ProductPage::teamFailed(int request, const QString& message) {
    if (request != m_teamRequest)
        return;
    clearTeam();
    m_teamSection->show();
    m_teamTitle->hide();
    m_teamStatus->setText(
        tr("The team library is not connected just now, so only this laptop's workshops are "
           "shown. %1")
            .arg(message));
    m_teamStatus->show();
    fitList();
}

const ProductPage::TeamWorkshop* ProductPage::teamWorkshop(qint64 teamId) const {
    for (const TeamWorkshop& w : m_teamWorkshops)
        if (w.teamId == teamId)
            return &w;
    return nullptr;
}

void ProductPage::takeTeamCopy(qint64 teamId) {
    const TeamWorkshop* w = teamWorkshop(teamId);
    if (!w || !m_team || !m_team->isConnected())
        return;
    emit statusMessage(
        tr("Taking a copy of “%1” from the team library…").arg(UserText::isolate(w->record.title)));
    m_teamTakes.insert(m_team->take(teamId), w->record.title);
}

std::optional<ComparisonPage::Side> ProductPage::sideOf(qint64 key) const {
    ComparisonPage::Side side;
    if (key > 0) {
        side.workshopId = key;
        return side;
    }
    const TeamWorkshop* w = teamWorkshop(-key);
    if (!w)
        return std::nullopt;
    side.team = w->record;
    side.publishedBy = w->publishedBy;
    side.publishedAt = w->publishedAt;
    return side;
}

void ProductPage::compareSides(qint64 a, qint64 b) {
    auto first = sideOf(a);
    auto second = sideOf(b);
    if (!first || !second)
        return;
    const auto dateOf = [this](const ComparisonPage::Side& side) {
        if (side.team)
            return side.team->date;
        for (const NorthStarRecord& record : std::as_const(m_history))
            if (record.workshopId == side.workshopId)
                return record.date;
        return QDateTime();
    };
    if (dateOf(*second) < dateOf(*first))
        std::swap(first, second);
    emit compareSidesRequested(*first, *second);
}
