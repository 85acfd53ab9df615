#include "TeamView.h"

#include "TeamClient.h"
#include "TeamColumns.h"
#include "TeamListModel.h"
#include "UserText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent, const QString& name) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(u'&'));
    button->setFocusPolicy(Qt::StrongFocus);
    button->setObjectName(name);
    button->setAutoRaise(false);
    return button;
}

QLabel* plainLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TeamView::TeamView(TeamClient& client, QAction* connectAction, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new TeamListModel(client, this))
    , m_pages(new QStackedWidget(this))
    , m_searchTimer(new QTimer(this))
    , m_take(new QAction(tr("&Take a copy"), this))
    , m_withdraw(new QAction(tr("&Withdraw…"), this))
    , m_refresh(new QAction(tr("Re&fresh"), this)) {
    setObjectName(QStringLiteral("teamView"));
    m_take->setStatusTip(tr("Copy the selected team workshop into this laptop's library"));
    m_withdraw->setStatusTip(tr("Take a workshop you published off the team's list"));
    m_refresh->setStatusTip(tr("Ask the team library for its list again"));
    connect(m_take, &QAction::triggered, this, &TeamView::takeSelected);
    connect(m_withdraw, &QAction::triggered, this, &TeamView::withdrawSelected);
    connect(m_refresh, &QAction::triggered, this, &TeamView::refresh);

    m_pages->addWidget(makeOffline(connectAction));
    m_pages->addWidget(makeList());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    connect(&m_client, &TeamClient::connectionChanged, this, &TeamView::onConnectionChanged);
    connect(&m_client, &TeamClient::teamChanged, this, &TeamView::refresh);
    // Off while one runs, so it cannot be started twice.
    connect(&m_client, &TeamClient::runningChanged, this, &TeamView::updateActions);
    connect(&m_client, &TeamClient::failed, this,
            [this](int request, TeamClient::Request kind, const QString& message) {
                // A product's page reads and takes copies too, and says so itself.
                if (kind == TeamClient::Request::Product ||
                    (kind == TeamClient::Request::Take && !m_takes.remove(request)))
                    return;
                if (kind == TeamClient::Request::Connect)
                    m_offlineProblem->setText(message);
                else if (kind != TeamClient::Request::Publish)
                    showProblem(message);
            });
    connect(&m_client, &TeamClient::taken, this,
            [this](int request, qint64, qint64 teamId, const QString& warning) {
                if (!m_takes.remove(request))
                    return;
                const int row = m_model->rowOfTeamWorkshop(teamId);
                const QString title = row < 0 ? QString() : m_model->summaryAt(row)->title;
                emit statusMessage(tr("Took a copy of “%1” into this laptop's library.")
                                       .arg(UserText::isolate(title)));
                showProblem(warning);
            });
    connect(&m_client, &TeamClient::withdrawn, this, [this](int, qint64) {
        emit statusMessage(
            tr("Withdrawn from the team's list. An administrator can bring it back."));
        refresh();
    });
    connect(m_model, &TeamListModel::loaded, this, [this] {
        showProblem({});
        updateCount();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TeamView::updateActions);
    // The view may be made long after the client started (LibraryTabs makes it when the Team
    // tab first opens): it starts from where the client is.
    onConnectionChanged(m_client.isConnected());
    m_offlineProblem->setText(m_client.connectProblem());
}

QWidget* TeamView::makeOffline(QAction* connectAction) {
    auto* page = new QWidget(this);
    auto* sentence = new QLabel(tr("This laptop is not connected to a team library, where "
                                   "everyone in your organisation shares their workshops."),
                                page);
    sentence->setObjectName(QStringLiteral("teamOffline"));
    sentence->setWordWrap(true);
    sentence->setAlignment(Qt::AlignCenter);
    sentence->setStyleSheet(QStringLiteral("font-size: 15pt"));
    auto* connectButton = new QPushButton(connectAction->text(), page);
    connectButton->setObjectName(QStringLiteral("primary"));
    connectButton->setAccessibleName(connectAction->text().remove(u'&'));
    connect(connectButton, &QPushButton::clicked, connectAction, &QAction::trigger);
    m_offlineProblem = plainLabel(page, QStringLiteral("teamOfflineProblem"));
    m_offlineProblem->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch();
    layout->addWidget(sentence);
    layout->addSpacing(16);
    layout->addWidget(connectButton, 0, Qt::AlignCenter);
    layout->addSpacing(12);
    layout->addWidget(m_offlineProblem);
    layout->addStretch();
    return page;
}

QWidget* TeamView::makeList() {
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("Team workshops"), page);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_count = plainLabel(page, QStringLiteral("pageSubtitle"));
    m_count->setWordWrap(false);

    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("teamSearch"));
    m_search->setAccessibleName(tr("Search team workshops"));
    m_search->setPlaceholderText(tr("Search the team's workshops…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch();
    top->addWidget(m_search);

    m_who = plainLabel(page, QStringLiteral("teamConnectedAs"));
    m_who->setWordWrap(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(buttonFor(m_take, page, QStringLiteral("primary")));
    actions->addWidget(buttonFor(m_withdraw, page, QStringLiteral("teamWithdraw")));
    actions->addWidget(buttonFor(m_refresh, page, QStringLiteral("teamRefresh")));
    actions->addStretch();
    actions->addWidget(m_who);

    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("teamList"));
    m_view->setAccessibleName(tr("Team workshops"));
    m_view->setModel(m_model); // searched, sorted and paged by the server
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(TeamListModel::PublishedAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    QHeaderView* header = m_view->horizontalHeader();
    fitTeamColumns(m_view);
    // Published by and version are not sorted by the server: keep the indicator where it was.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (!TeamListModel::isSortable(column))
            header->setSortIndicator(TeamListModel::PublishedAt, Qt::DescendingOrder);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::updateActions);

    m_problem = plainLabel(page, QStringLiteral("teamProblem"));
    m_problem->hide();

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    return page;
}

bool TeamView::showsList() const {
    return m_pages->currentIndex() == 1;
}

void TeamView::onConnectionChanged(bool connected) {
    m_pages->setCurrentIndex(connected ? 1 : 0);
    if (connected) {
        m_offlineProblem->clear();
        m_who->setText(tr("Connected as %1").arg(UserText::isolate(m_client.userName())));
        m_model->reload();
    } else {
        m_model->clear();
        showProblem({});
    }
    updateActions();
}

void TeamView::refresh() {
    m_model->reload();
}

void TeamView::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void TeamView::updateCount() {
    const qint64 total = m_model->totalCount();
    if (m_model->totalIsCapped()) // counting stopped there; never a guess
        m_count->setText(
            tr("more than %1 workshops").arg(QLocale().toString(TeamListModel::CountCap)));
    else
        m_count->setText(total == 1 ? tr("1 workshop") : tr("%1 workshops").arg(total));
}

const TeamWorkshopSummary* TeamView::selectedWorkshop() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->summaryAt(rows.first().row());
}

void TeamView::updateActions() {
    const TeamWorkshopSummary* selected = m_client.isConnected() ? selectedWorkshop() : nullptr;
    using Request = TeamClient::Request;
    m_take->setEnabled(selected && !m_client.isRunning(Request::Take));
    m_refresh->setEnabled(m_client.isConnected() && !m_client.isRunning(Request::List));
    // Only the publisher may withdraw (the server says so too).
    m_withdraw->setEnabled(selected && selected->publishedBy == m_client.userName() &&
                           !m_client.isRunning(Request::Withdraw));
}

void TeamView::takeSelected() {
    if (m_client.isRunning(TeamClient::Request::Take))
        return;
    if (const TeamWorkshopSummary* selected = selectedWorkshop())
        m_takes.insert(m_client.take(selected->teamId));
}

void TeamView::withdrawSelected() {
    const TeamWorkshopSummary* selected = selectedWorkshop();
    if (!selected || selected->publishedBy != m_client.userName() ||
        m_client.isRunning(TeamClient::Request::Withdraw))
        return;
    const qint64 teamId = selected->teamId;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Withdraw from the team library"),
                                tr("Withdraw “%1” from the team library? Nobody will see it in "
                                   "the team's list; an administrator can bring it back. Copies "
                                   "already taken stay where they are.")
                                    .arg(UserText::isolate(selected->title)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmWithdraw"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("Withdraw"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("withdrawConfirmed"));
    yes->setAccessibleName(tr("Withdraw"));
    QPushButton* no = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    no->setAccessibleName(tr("Keep it"));
    box->setDefaultButton(no);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, teamId](QAbstractButton* button) {
        if (button == yes)
            m_client.withdraw(teamId);
    });
    box->open();
}
