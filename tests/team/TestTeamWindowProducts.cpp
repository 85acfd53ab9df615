// A product's page spanning the team library, through the real window (see TestTeamWindow.h):
// the team's workshops of the product read off the UI thread and shown after the laptop's,
// marked with who published them; none offline; one quiet line when the server is gone; a
// malformed row left out; a team workshop compared with a laptop one (screen and PDF) and
// taken as a copy from the page.
#include "TestTeamWindow.h"

#include "HistoryFixtures.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "PdfTools.h"
#include "ProductPages.h"
#include "WidgetTexts.h"
#include "history/ComparisonPage.h"
#include "history/HistoryCard.h"
#include "history/ProductBrowser.h"
#include "history/ProductPage.h"
#include "storage/TeamLibrary.h"
#include "storage/WorkshopStore.h"
#include "team/LibraryTabs.h"
#include "team/TeamActions.h"
#include "team/TeamClient.h"
#include "team/TeamProgress.h"
#include "widgets/NoticeBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSemaphore>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int ServerWait = 20000;

const QString Kit = QStringLiteral("Meal kit");
const QString HostileTitle = QStringLiteral("Bea's \"spring\" <b>revisit</b> 🚀 מדד הצפון");

// Bob's later workshop of the meal kit, spelled his way, with hostile text throughout.
PastWorkshop bobsMealKit() {
    PastWorkshop past =
        plainWorkshop(HostileTitle, QStringLiteral("  MEAL   kit"), QDate(2026, 6, 2));
    past.facilitator = QStringLiteral("Bea <i>Builder</i>");
    past.game = Game::Productivity;
    past.metricName = QStringLiteral("Weekly \"home\" cooks 👩🏽‍🍳");
    past.metricDefinition = QStringLiteral("Households cooking ≥ 3 kits a week (שבוע)");
    past.inputs = {{QStringLiteral("Kits per household"), QStringLiteral("Kits a week"),
                    QStringLiteral("O'Brien")}};
    return past;
}

} // namespace

qint64 TestTeamWindow::publishPastAs(const char* user, const PastWorkshop& past) {
    TestLibrary laptop;
    const qint64 id = addPastWorkshop(laptop.store(), past);
    auto team = opened(user);
    const auto published = id ? team->publish(laptop.store(), id) : std::nullopt;
    if (!published)
        qWarning("%s", qPrintable(team->lastError()));
    return published ? published->teamId : 0;
}

ProductPage* TestTeamWindow::openMealKit() {
    m_window->libraryTabs()->showTab(LibraryTabs::Laptop);
    // The connect dialog was the active window: the keys go to the main window again.
    QApplication::setActiveWindow(m_window.get());
    m_window->libraryPage()->view()->setFocus();
    ProductPages::open(*m_window, Kit);
    return m_window->libraryPage()->products()->productPage();
}

void TestTeamWindow::productPageShowsTheTeamsWorkshops() {
    const QList<qint64> ours = addMealKitHistory(m_library->store(), Kit);
    QVERIFY(publishPastAs(PostgresCluster::Facilitator2, bobsMealKit()));
    QVERIFY(publishPastAs(PostgresCluster::Facilitator2,
                          plainWorkshop(QStringLiteral("Elsewhere"), QStringLiteral("Meal kits"),
                                        QDate(2026, 7, 1))));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    TeamClient* client = m_window->team()->client();
    client->setManualBusyDelay(true);
    // The server is held up: the page is there at once, with the laptop's workshops.
    QSemaphore gate;
    client->setWorkerHook([&gate] { gate.tryAcquire(1, ServerWait); });
    const auto release = qScopeGuard([&] {
        client->setWorkerHook({});
        gate.release(10);
    });
    ProductPage* page = openMealKit();
    QCOMPARE(page->cards().size(), ours.size());
    QVERIFY(page->awaitsTeam());
    QVERIFY(page->teamCards().isEmpty());
    QVERIFY(client->busyDelayRunning());
    auto* progress = m_window->findChild<TeamProgress*>();
    QVERIFY(!progress->isVisible()); // not before the delay
    client->passBusyDelay();
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->text(),
             QStringLiteral("Reading this product's workshops in the team library…"));
    gate.release();

    // Bob's, of the same product however spelled; not "Meal kits".
    QTRY_COMPARE_WITH_TIMEOUT(page->teamCards().size(), 1, ServerWait);
    QTRY_VERIFY(!progress->isVisible());
    HistoryCard* card = page->teamCards().first();
    QVERIFY(card->isVisible());
    QVERIFY(card->isTeam());
    QVERIFY(!card->openButton() && !card->noteButton());
    QCOMPARE(page->cards().size(), ours.size()); // the laptop's are as they were
    const QStringList texts = visibleTexts(card);
    const QString all = texts.join(u'\n');
    for (const QString& exact :
         {HostileTitle, QStringLiteral("Bea <i>Builder</i>"), bobsMealKit().metricName,
          bobsMealKit().metricDefinition, QStringLiteral("O'Brien"), QStringLiteral("bob")})
        QVERIFY2(all.contains(exact), qPrintable(exact + QStringLiteral(" in:\n") + all));
    auto* origin = card->findChild<QLabel*>(QStringLiteral("teamOrigin"));
    QVERIFY(origin && origin->isVisible());
    QVERIFY2(origin->text().contains(QStringLiteral("published by")), qPrintable(origin->text()));
    QVERIFY(page->teamSection()->isVisible());
    QVERIFY(!page->teamStatus()->isVisible());
    QVERIFY(!all.contains(QStringLiteral("Elsewhere")));
    auto* subtitle =
        page->findChild<QLabel*>(QStringLiteral("pageSubtitle"), Qt::FindDirectChildrenOnly);
    QVERIFY2(subtitle->text().endsWith(QStringLiteral("· 1 more in the team library")),
             qPrintable(subtitle->text()));

    // The picture, scrolled to the team's part.
    auto* scroll = page->findChild<QScrollArea*>();
    scroll->ensureWidgetVisible(card, 0, 0);
    const QDir folder(QStringLiteral(LODESTAR_SCREENSHOT_DIR));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    QVERIFY(m_window->grab().save(folder.filePath(QStringLiteral("product-page-team.png"))));
}

void TestTeamWindow::productPageOfflineAndServerGone() {
    const QList<qint64> ours = addMealKitHistory(m_library->store(), Kit);
    // Never connected: the laptop's page, with nothing said of a team library.
    ProductPage* page = openMealKit();
    QCOMPARE(page->cards().size(), ours.size());
    QVERIFY(!page->teamSection()->isVisible());
    QVERIFY(!page->awaitsTeam());
    QCOMPARE(m_window->team()->client()->pendingCount(), 0);

    // Connected, then the server goes for good: the laptop's workshops, one quiet line.
    PostgresCluster doomed;
    QVERIFY2(doomed.start(), qPrintable(doomed.error()));
    QVERIFY(connectAs(PostgresCluster::Facilitator, &doomed));
    doomed.stop();
    page = openMealKit();
    QCOMPARE(page->cards().size(), ours.size());
    QTRY_VERIFY_WITH_TIMEOUT(page->teamStatus()->isVisible(), ServerWait);
    const QString said = page->teamStatus()->text();
    QVERIFY2(said.contains(QStringLiteral("not connected")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("only this laptop's workshops")), qPrintable(said));
    QVERIFY(page->teamCards().isEmpty());
    QVERIFY(!m_window->noticeBar()->isVisible()); // no error spam
    // Still the whole page: two of the laptop's workshops compared.
    QTest::mouseClick(page->card(ours.at(0))->compareBox(), Qt::LeftButton);
    QTest::mouseClick(page->card(ours.at(1))->compareBox(), Qt::LeftButton);
    QTest::mouseClick(page->compareButton(), Qt::LeftButton);
    ComparisonPage* comparison = m_window->libraryPage()->products()->comparisonPage();
    QVERIFY(comparison->isVisible());
    QVERIFY(comparison->comparison());
    m_window.reset(); // before the cluster's folder goes
}

void TestTeamWindow::productPageSkipsAMalformedTeamRow() {
    addMealKitHistory(m_library->store(), Kit);
    const qint64 good = publishPastAs(PostgresCluster::Facilitator2, bobsMealKit());
    PastWorkshop other = bobsMealKit();
    other.title = QStringLiteral("Broken on the server");
    const qint64 broken = publishPastAs(PostgresCluster::Facilitator2, other);
    QVERIFY(good && broken);
    QVERIFY(m_cluster.sql(QStringLiteral("UPDATE lodestar.team_workshop SET document = document "
                                         "- 'votes' WHERE id = %1")
                              .arg(broken)));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    ProductPage* page = openMealKit();
    QTRY_COMPARE_WITH_TIMEOUT(page->teamCards().size(), 1, ServerWait);
    QCOMPARE(page->teamCards().first()->workshopId(), HistoryCard::teamKey(good));
    QVERIFY(page->teamStatus()->isVisible());
    const QString note = page->teamStatus()->text();
    for (const QString& words : {QStringLiteral("team workshop %1").arg(broken),
                                 QStringLiteral("votes"), QStringLiteral("left out")})
        QVERIFY2(note.contains(words), qPrintable(note));
    QVERIFY(!m_window->noticeBar()->isVisible());
}

void TestTeamWindow::productPageComparesATeamWorkshop() {
    const QList<qint64> ours = addMealKitHistory(m_library->store(), Kit);
    QVERIFY(publishPastAs(PostgresCluster::Facilitator2, bobsMealKit()));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    ProductPage* page = openMealKit();
    QTRY_COMPARE_WITH_TIMEOUT(page->teamCards().size(), 1, ServerWait);
    QTest::mouseClick(page->teamCards().first()->compareBox(), Qt::LeftButton);
    QVERIFY(!page->compareButton()->isEnabled());
    QTest::mouseClick(page->card(ours.at(1))->compareBox(), Qt::LeftButton);
    QCOMPARE(page->ticked().size(), 2);
    QVERIFY(page->compareButton()->isEnabled());
    QTest::mouseClick(page->compareButton(), Qt::LeftButton);

    ComparisonPage* comparison = m_window->libraryPage()->products()->comparisonPage();
    QVERIFY(comparison->isVisible());
    QVERIFY(comparison->comparison());
    // The laptop's (March) before Bob's (June), his read from the team's document.
    QCOMPARE(comparison->comparison()->before().workshopId, ours.at(1));
    QCOMPARE(comparison->comparison()->after().metricName, bobsMealKit().metricName);
    QVERIFY(comparison->comparison()->sameProduct());
    QVERIFY(comparison->comparison()->northStarChanged());
    QVERIFY(!comparison->noteButton()->isVisible()); // the team's note is the team's
    const QString shown = visibleTexts(comparison).join(u'\n');
    for (const QString& words :
         {QStringLiteral("in the team library, published by"), QStringLiteral("bob"), HostileTitle})
        QVERIFY2(shown.contains(words), qPrintable(shown));
    const QDir folder(QStringLiteral(LODESTAR_SCREENSHOT_DIR));
    QVERIFY(m_window->grab().save(folder.filePath(QStringLiteral("product-compare-team.png"))));

    // The PDF of it, from the same records.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));
    comparison->setSaveChooser([&](const QString&) { return pdf; });
    QTest::mouseClick(comparison->pdfButton(), Qt::LeftButton);
    QVERIFY(QFileInfo::exists(pdf));
    QVERIFY2(PdfTools::missingTools().isEmpty(), qPrintable(PdfTools::missingTools()));
    const QString text = PdfTools::pagesText(pdf).join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("Kits per household")), qPrintable(text));
    // It says which side is the team's and who published it, as the screen does.
    QVERIFY2(text.simplified().contains(QStringLiteral("is in the team library, published by bob")),
             qPrintable(text));
    // Back leads to the product's page, the team's card still there.
    QTest::mouseClick(comparison->backButton(), Qt::LeftButton);
    QVERIFY(page->isVisible());
    QCOMPARE(page->teamCards().size(), 1);
}

void TestTeamWindow::productPageTakesACopy() {
    const QList<qint64> ours = addMealKitHistory(m_library->store(), Kit);
    QVERIFY(publishPastAs(PostgresCluster::Facilitator2, bobsMealKit()));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    ProductPage* page = openMealKit();
    QTRY_COMPARE_WITH_TIMEOUT(page->teamCards().size(), 1, ServerWait);
    QTest::mouseClick(page->teamCards().first()->takeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Took a copy")),
        ServerWait);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(HostileTitle),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_library->store().workshopCount(), int(ours.size()) + 1);
    // The copy is the laptop's now, once: a card of its own, and no team card for it.
    QTRY_COMPARE_WITH_TIMEOUT(page->cards().size(), ours.size() + 1, ServerWait);
    QTRY_VERIFY_WITH_TIMEOUT(page->teamCards().isEmpty() && !page->awaitsTeam(), ServerWait);
    QVERIFY(!page->teamSection()->isVisible());
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM lodestar.team_copy WHERE recorded_by = "
                                   "'alice'")),
             QStringLiteral("1"));
    QCOMPARE(page->cards().first()->workshopId(), page->product().workshopIds.first());
    QVERIFY(!m_window->noticeBar()->isVisible());
}
