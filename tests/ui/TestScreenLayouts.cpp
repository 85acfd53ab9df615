// Every stage of two workshops, grabbed as `lodestar --grab --screen WxH` grabs them, at the
// projector sizes a room really gets (1280×720 up to 1920×1080) and the console at
// 1366×768: no text may be cut, no widgets may overlap or stick out, nothing on the
// projector may be set below the design's 28 pt, and no window may grow past the screen.
// The busy workshop has a dozen cards per person, revealed, and names long enough to wrap.
// Set LODESTAR_LAYOUT_PNG to a folder to also write the pictures, to look at them.
#include "Grabber.h"
#include "LayoutCheck.h"
#include "ReportFixtures.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "exchange/JsonExchange.h"
#include "exchange/WorkshopExchange.h"
#include "playbook/ExampleWorkshop.h"
#include "widgets/NorthStarTreeView.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QWidget>

namespace {

constexpr qreal ProjectorFloorPoints = 28;
const QSize ConsoleSize(1366, 768);

// A dozen cards for each of seven people, with names that mix scripts and run long.
WorkshopDocument busyWorkshop() {
    WorkshopDocument doc = syntheticWorkshop(84, 7);
    doc.workshop.updatedAt = doc.workshop.createdAt;
    doc.workshop.title = QStringLiteral("Harvest Box — a North Star for weekly meal-kit "
                                        "subscribers across three regions");
    const QStringList names{QStringLiteral("Maximilian Alexander von Hohenzollern-Sigmaringen"),
                            QStringLiteral("محمد علي عبد الرحمن"),
                            QStringLiteral("Émile <b>Dupont</b> \"the quote\""),
                            QStringLiteral("李雷"),
                            QStringLiteral("Anne-Sophie Bérénice Delacroix-Montgolfier"),
                            QStringLiteral("Oluwaseun Adebayo-Okonkwo"),
                            QStringLiteral("Jo")};
    for (int i = 0; i < doc.participants.size(); ++i)
        doc.participants[i].name = names.at(i % names.size());
    for (int i = 0; i < doc.candidates.size(); ++i)
        if (i % 5 == 0)
            doc.candidates[i].name =
                QStringLiteral("Weekly households that cook at least three of their delivered "
                               "recipes and rate them, counted per region %1")
                    .arg(i);
    return doc;
}

// The example's North Star tree on the projector: every name and owner whole, at every size
// (the busy workshop's twenty-word names may be shortened).
QStringList shortenedTreeTexts(QWidget* window) {
    QStringList found;
    for (const NorthStarTreeView* tree : window->findChildren<NorthStarTreeView*>())
        if (tree->isVisibleTo(window))
            for (const TreeText& text : tree->treeLayout().texts)
                if (text.elided)
                    found << QStringLiteral("the tree shortens “%1”").arg(text.text);
    return found;
}

// Layouts still broken, each printed (not failed) until it is fixed; anything else fails.
// Keep this list short and name the widget, so a new break never hides behind it.
bool isKnownOpen(const QString& problem) {
    static const QStringList known{
        // The console's silent brainstorm is a board of one column per person: it scrolls
        // sideways on purpose.
        QStringLiteral("console-06-draft-silent.png: scrolls sideways: QScrollArea #silentPage"),
        QStringLiteral("console-06-draft-silent.png: content wider than its scroll area"),
    };
    for (const QString& start : known)
        if (problem.startsWith(start))
            return true;
    return false;
}

} // namespace

class TestScreenLayouts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_library.isOpen());
        const auto example = ExampleWorkshop::create(m_library.store());
        QVERIFY(example);
        m_example = *example;
        const QString file = m_library.folder() + QStringLiteral("/busy.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(JsonExchange::write(busyWorkshop()));
        out.close();
        QString error;
        const auto busy = WorkshopExchange::importFile(m_library.store(), file, &error);
        QVERIFY2(busy, qPrintable(error));
        m_busy = *busy;
        // Its cards are revealed, so the projector pages a dozen cards per person (#13.6).
        QVERIFY(m_library.store().setStageRevealed(m_busy, QStringLiteral("draft.silent"), true));
    }

    void everyStageFits_data() {
        QTest::addColumn<bool>("busy");
        QTest::addColumn<QSize>("screen");
        // The busy workshop at the smallest projector and at the console's size only: the
        // test runs twice in CI (once under ASan) and must stay well under a minute.
        for (const bool busy : {false, true})
            for (const QSize size :
                 {QSize(1280, 720), QSize(1280, 800), QSize(1366, 768), QSize(1920, 1080)})
                if (!busy || size == QSize(1280, 720) || size == ConsoleSize)
                    QTest::addRow("%s-%dx%d", busy ? "busy" : "example", size.width(),
                                  size.height())
                        << busy << size;
    }

    void everyStageFits() {
        QFETCH(bool, busy);
        QFETCH(QSize, screen);
        QString folder = qEnvironmentVariable("LODESTAR_LAYOUT_PNG");
        if (!folder.isEmpty())
            folder = QDir(folder).filePath(QStringLiteral("%1-%2x%3")
                                               .arg(busy ? u"busy" : u"example")
                                               .arg(screen.width())
                                               .arg(screen.height()));
        QStringList problems;
        const auto check = [&](const QString& name, QWidget* window) {
            const bool console = name.startsWith(u"console-");
            // The light look lays out exactly as the dark one.
            if (name.startsWith(u"projector-light-") || name == u"projector-examples-light.png" ||
                (console && screen != ConsoleSize))
                return;
            QStringList found;
            if (window->size() != screen)
                found << QStringLiteral("the window is %1×%2, not the screen's size")
                             .arg(window->width())
                             .arg(window->height());
            found << LayoutCheck::problems(window);
            if (!console)
                found << LayoutCheck::textSmallerThan(window, ProjectorFloorPoints);
            if (!console && !busy)
                found << shortenedTreeTexts(window);
            for (const QString& problem : found) {
                const QString line = QStringLiteral("%1: %2").arg(name, problem);
                if (isKnownOpen(line))
                    qInfo("known, still open: %s", qPrintable(line));
                else
                    problems << line;
            }
        };
        ManualClock clock;
        QString error;
        const QStringList grabbed = Grabber::grabWorkshop(
            m_library.store(), clock, busy ? m_busy : m_example, folder, &error, screen, check);
        QVERIFY2(!grabbed.isEmpty(), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    TestLibrary m_library;
    qint64 m_example = 0;
    qint64 m_busy = 0;
};

QTEST_MAIN(TestScreenLayouts)
#include "TestScreenLayouts.moc"
