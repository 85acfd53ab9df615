// The main window's team library: the Team view beside the laptop's list, File ▸ Team
// library, and where their messages go.
#include "ExportActions.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "history/ProductBrowser.h"
#include "history/ProductPage.h"
#include "team/LibraryTabs.h"
#include "team/TeamActions.h"
#include "team/TeamClient.h"
#include "team/TeamProgress.h"
#include "team/TeamView.h"
#include "widgets/NoticeBar.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

void MainWindow::createLibrary() {
    m_libraryTabs = new LibraryTabs(
        [this](QWidget* parent) {
            m_library = new LibraryPage(m_store, *m_libraryStack, parent);
            return m_library;
        },
        [this] {
            auto* view = new TeamView(*m_team->client(), m_team->connectAction(), this);
            connect(view, &TeamView::statusMessage, this,
                    [this](const QString& message) { statusBar()->showMessage(message, 8000); });
            return view;
        },
        m_pages); // where it stays
}

void MainWindow::createTeam() {
    m_team = new TeamActions(
        m_store,
        [this] {
            return m_pages->currentWidget() == m_libraryTabs && !m_libraryTabs->showsTeam()
                       ? m_library->selectedWorkshopId()
                       : 0;
        },
        this);
    const auto status = [this](const QString& message) { statusBar()->showMessage(message, 8000); };
    m_library->addListAction(m_team->publishAction());
    // A product's page also lists the team's workshops of the product, once the product
    // browser is made (when first wanted: start-up does not make it).
    const auto listTeamWorkshops = [client = m_team->client()](ProductBrowser* products) {
        products->productPage()->setTeamClient(client);
    };
    if (m_library->hasProducts())
        listTeamWorkshops(m_library->products());
    connect(m_library, &LibraryPage::productsMade, this, listTeamWorkshops);
    // In the status bar, so a publish from the laptop's list shows its progress there too.
    statusBar()->addPermanentWidget(new TeamProgress(*m_team->client(), this));
    connect(m_team, &TeamActions::statusMessage, this, status);
    connect(m_team, &TeamActions::problem, m_notice, &NoticeBar::showProblem);
    connect(m_libraryTabs, &LibraryTabs::tabChanged, this, [this](LibraryTabs::Tab tab) {
        showLaptopActions(tab == LibraryTabs::Laptop);
        m_exchange->updateEnabled();
        m_team->updateActions();
    });
    // Publish follows the laptop's selection, as Open does.
    connect(m_library->openAction(), &QAction::changed, m_team, &TeamActions::updateActions);
    // After the window is built, so a test can hand the team actions its own keyring first.
    QTimer::singleShot(0, m_team, &TeamActions::resume);
}

TeamView* MainWindow::teamView() const {
    return m_libraryTabs->team();
}

void MainWindow::showLaptopActions(bool shown) {
    // Hidden actions keep their shortcuts quiet: Delete on the Team view must not delete the
    // laptop workshop selected out of sight.
    for (QAction* action :
         {m_library->renameAction(), m_library->duplicateAction(), m_library->deleteAction(),
          m_library->openAction(), m_library->compareAction()})
        action->setVisible(shown);
}
