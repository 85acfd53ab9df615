// File ▸ Export and File ▸ Import through the real window: each format lands on disk,
// cancelling writes nothing, a failed export keeps the old file, a slow export shows a
// progress dialog and a quick one does not, and a bad import names the problem and adds
// nothing.
#include "ExportActions.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "playbook/ExampleWorkshop.h"
#include "widgets/NoticeBar.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool progressVisible() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (qobject_cast<QProgressDialog*>(w) && w->isVisible())
            return true;
    return false;
}

} // namespace

class TestExportActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void menuOffersEveryFormat();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void cancelWritesNothing();
    void failedExportKeepsTheOldFile();
    void slowExportShowsProgress();
    void quickExportShowsNoProgress();
    void importAddsTheWorkshop();
    void badImportAddsNothing();
    void pageSizeIsRemembered();
};

void TestExportActions::menuOffersEveryFormat() {
    TestLibrary library;
    ManualClock clock;
    MainWindow window(library.store(), clock);
    ExportActions* exchange = window.exchange();
    QMenu* file = window.menuBar()->findChild<QMenu*>();
    QVERIFY(file);
    QVERIFY(file->actions().contains(exchange->exportMenu()->menuAction()));
    QVERIFY(file->actions().contains(exchange->importAction()));
    QCOMPARE(exchange->exportAction(ExportFormat::Pdf)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(exchange->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    // An empty library has nothing to export; a selected workshop does.
    QVERIFY(!exchange->exportAction(ExportFormat::Json)->isEnabled());
    const auto id = ExampleWorkshop::create(library.store());
    QVERIFY(id);
    window.libraryPage()->selectWorkshop(*id);
    QVERIFY(exchange->exportAction(ExportFormat::Json)->isEnabled());
    window.openWorkshop(*id);
    QVERIFY(exchange->exportAction(ExportFormat::Markdown)->isEnabled());
}

void TestExportActions::exportsEachFormat_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << int(ExportFormat::Pdf) << QByteArray("%PDF-");
    QTest::newRow("markdown") << int(ExportFormat::Markdown) << QByteArray("#");
    QTest::newRow("csv") << int(ExportFormat::Csv) << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("json") << int(ExportFormat::Json) << QByteArray("{");
}

void TestExportActions::exportsEachFormat() {
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    TestLibrary library;
    const auto id = ExampleWorkshop::create(library.store());
    QVERIFY(id);
    ManualClock clock;
    MainWindow window(library.store(), clock);
    window.openWorkshop(*id);
    ExportActions* exchange = window.exchange();
    const QString path = library.folder() + QStringLiteral("/out.") +
                         WorkshopExchange::fileSuffix(ExportFormat(format));
    QString suggested;
    exchange->setSaveChooser([&](ExportFormat, const QString& name) {
        suggested = name;
        return path;
    });
    QSignalSpy problems(exchange, &ExportActions::problem);
    exchange->exportAction(ExportFormat(format))->trigger();
    QCOMPARE(problems.count(), 0);
    QVERIFY(suggested.endsWith(u'.' + WorkshopExchange::fileSuffix(ExportFormat(format))));
    const QByteArray bytes = readAll(path);
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    if (ExportFormat(format) == ExportFormat::Json)
        QVERIFY(!QJsonDocument::fromJson(bytes).isNull());
    const QString northStar = library.store().workshopSummary(*id)->northStar;
    if (ExportFormat(format) != ExportFormat::Pdf)
        QVERIFY(QString::fromUtf8(bytes).contains(northStar));
}

void TestExportActions::cancelWritesNothing() {
    TestLibrary library;
    const auto id = ExampleWorkshop::create(library.store());
    ManualClock clock;
    MainWindow window(library.store(), clock);
    window.openWorkshop(*id);
    int asked = 0;
    window.exchange()->setSaveChooser([&](ExportFormat, const QString&) {
        ++asked;
        return QString();
    });
    QSignalSpy problems(window.exchange(), &ExportActions::problem);
    window.exchange()->exportAction(ExportFormat::Pdf)->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(problems.count(), 0);
    QCOMPARE(QDir(library.folder()).entryList({QStringLiteral("*.pdf")}).size(), 0);
}

void TestExportActions::failedExportKeepsTheOldFile() {
    TestLibrary library;
    const auto id = ExampleWorkshop::create(library.store());
    ManualClock clock;
    MainWindow window(library.store(), clock);
    const QString path = library.folder() + QStringLiteral("/kept.md");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the report sent last week\n");
    old.close();
    ExportActions* exchange = window.exchange();
    exchange->setRenderer([](const WorkshopDocument&, ExportFormat, const ReportOptions&,
                             QString* error) -> std::optional<QByteArray> {
        *error = QStringLiteral("the printer caught fire");
        return std::nullopt;
    });
    QSignalSpy problems(exchange, &ExportActions::problem);
    QVERIFY(!exchange->exportTo(*id, ExportFormat::Markdown, path));
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.first().first().toString().contains(QLatin1String("caught fire")));
    QCOMPARE(readAll(path), QByteArray("the report sent last week\n"));
    // The same problem reaches the facilitator in the notice bar.
    exchange->setSaveChooser([&](ExportFormat, const QString&) { return path; });
    window.openWorkshop(*id);
    exchange->exportAction(ExportFormat::Markdown)->trigger();
    QVERIFY(window.noticeBar()->isVisibleTo(&window));
    // A folder that does not exist: a message, no file.
    const QString nowhere = library.folder() + QStringLiteral("/no/such/folder/x.json");
    exchange->setRenderer([](const WorkshopDocument&, ExportFormat, const ReportOptions&,
                             QString*) -> std::optional<QByteArray> { return "{}"; });
    QVERIFY(!exchange->exportTo(*id, ExportFormat::Json, nowhere));
    QVERIFY(problems.last().first().toString().contains(QLatin1String("x.json")));
    QVERIFY(!QFile::exists(nowhere));
}

void TestExportActions::slowExportShowsProgress() {
    TestLibrary library;
    const auto id = ExampleWorkshop::create(library.store());
    ManualClock clock;
    MainWindow window(library.store(), clock);
    window.show();
    ExportActions* exchange = window.exchange();
    QSemaphore go;
    exchange->setRenderer([&go](const WorkshopDocument&, ExportFormat, const ReportOptions&,
                                QString*) -> std::optional<QByteArray> {
        go.acquire(); // held until the test has seen the dialog
        return QByteArray("slow but sure\n");
    });
    exchange->setProgressDelay(10);
    bool seen = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (!seen && progressVisible()) {
            seen = true;
            go.release();
        }
    });
    watch.start(1);
    const QString path = library.folder() + QStringLiteral("/slow.md");
    QVERIFY(exchange->exportTo(*id, ExportFormat::Markdown, path));
    QVERIFY(seen);
    QVERIFY(!progressVisible());
    QCOMPARE(readAll(path), QByteArray("slow but sure\n"));
}

void TestExportActions::quickExportShowsNoProgress() {
    TestLibrary library;
    const auto id = ExampleWorkshop::create(library.store());
    ManualClock clock;
    MainWindow window(library.store(), clock);
    window.show();
    bool seen = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] { seen = seen || progressVisible(); });
    watch.start(0);
    const QString path = library.folder() + QStringLiteral("/quick.csv");
    QVERIFY(window.exchange()->exportTo(*id, ExportFormat::Csv, path)); // default 300 ms
    QVERIFY(!seen);
    QVERIFY(QFile::exists(path));
}

void TestExportActions::importAddsTheWorkshop() {
    TestLibrary source;
    const auto id = ExampleWorkshop::create(source.store());
    const QString path = source.folder() + QStringLiteral("/example.json");
    QString error;
    QVERIFY2(
        WorkshopExchange::exportWorkshop(source.store(), *id, ExportFormat::Json, path, {}, &error),
        qPrintable(error));

    TestLibrary target;
    ManualClock clock;
    MainWindow window(target.store(), clock);
    window.exchange()->setOpenChooser([&] { return path; });
    QSignalSpy imported(window.exchange(), &ExportActions::workshopImported);
    window.exchange()->importAction()->trigger();
    QCOMPARE(imported.count(), 1);
    const qint64 newId = imported.first().first().toLongLong();
    QCOMPARE(target.store().workshopCount(), 1);
    QCOMPARE(target.store().workshop(newId)->title, source.store().workshop(*id)->title);
    QCOMPARE(target.store().workshopSummary(newId)->northStar,
             source.store().workshopSummary(*id)->northStar);
    QCOMPARE(window.libraryPage()->selectedWorkshopId(), newId);
}

void TestExportActions::badImportAddsNothing() {
    TestLibrary library;
    library.addWorkshop(QStringLiteral("Already here"));
    ManualClock clock;
    MainWindow window(library.store(), clock);
    const QString path = library.folder() + QStringLiteral("/broken.json");
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format":"lodestar-workshop","version":1,"workshop":{"title":)");
    broken.close();
    QSignalSpy problems(window.exchange(), &ExportActions::problem);
    QVERIFY(!window.exchange()->importFrom(path));
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.first().first().toString().contains(QLatin1String("broken.json")));
    QCOMPARE(library.store().workshopCount(), 1);
    // A folder and a missing file are refused too.
    QVERIFY(!window.exchange()->importFrom(library.folder()));
    QVERIFY(!window.exchange()->importFrom(library.folder() + QStringLiteral("/gone.json")));
    QCOMPARE(problems.count(), 3);
    QCOMPARE(library.store().workshopCount(), 1);
}

void TestExportActions::pageSizeIsRemembered() {
    TestLibrary library;
    ManualClock clock;
    {
        MainWindow window(library.store(), clock);
        window.exchange()->setPageSize(QPageSize::Letter);
    }
    MainWindow again(library.store(), clock);
    QCOMPARE(again.exchange()->pageSize(), QPageSize::Letter);
    again.exchange()->setPageSize(QPageSize::A4);
    QCOMPARE(again.exchange()->pageSize(), QPageSize::A4);
}

QTEST_MAIN(TestExportActions)
#include "TestExportActions.moc"
