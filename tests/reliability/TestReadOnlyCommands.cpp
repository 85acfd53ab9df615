// Issue 14.3, 14.5 and issue 13.12, through the real executable: --list and --export open
// the library read-only, so they create and change nothing (a zero-byte file, a missing
// folder, a read-only disk, a full disk) and work while the app has the library open; only
// writers are refused, and every refusal names the real cause.
#include "AppRun.h"
#include "TestLibrary.h"

#include "playbook/ExampleWorkshop.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// A tmpfs mounted for one test (as TestDiskFull), unmounted when it goes out of scope.
class SmallDisk {
public:
    explicit SmallDisk(const QString& mountPoint)
        : m_mountPoint(mountPoint) {
        QDir().mkpath(mountPoint);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=8m"),
                                       QStringLiteral("lodestar-test"), mountPoint}) == 0;
    }
    ~SmallDisk() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
    }
    bool isMounted() const { return m_mounted; }
    bool remountReadOnly() {
        return QProcess::execute(
                   QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mountPoint}) == 0;
    }

private:
    QString m_mountPoint;
    bool m_mounted = false;
};

// Every file and folder under `folder` with its size and modification time, to prove that
// a read-only command left it all as it was.
QStringList snapshot(const QString& folder) {
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries << QStringLiteral("%1 %2 %3")
                       .arg(info.filePath())
                       .arg(info.size())
                       .arg(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile() && !info.isSymLink())
            entries << QString::fromLatin1(fileHash(info.filePath()).toHex());
    }
    entries.sort();
    return entries;
}

void fill(const QString& folder) {
    QFile filler(QDir(folder).filePath(QStringLiteral("filler.bin")));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray chunk(4096, 'f');
    while (filler.write(chunk) == chunk.size()) {
    }
}

} // namespace

class TestReadOnlyCommands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void zeroByteFileListsNothingAndStaysEmpty();
    void missingFolderIsNotCreated();
    void readsWhileTheAppHasTheLibraryOpen();
    void readsALibraryOnAReadOnlyDisk();
    void readsAfterTheDiskFills();
    void refusalsNameTheRealCause_data();
    void refusalsNameTheRealCause();

private:
    AppRun run(const QStringList& arguments) const;
    // A library holding the example workshop, at `path`.
    bool makeLibrary(const QString& path);

    QTemporaryDir m_home;
    qint64 m_example = 0;
};

void TestReadOnlyCommands::initTestCase() {
    QVERIFY(m_home.isValid());
    QVERIFY(QFileInfo(QStringLiteral(LODESTAR_APP)).isExecutable());
}

AppRun TestReadOnlyCommands::run(const QStringList& arguments) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    return runApp(QStringLiteral(LODESTAR_APP), arguments, env);
}

bool TestReadOnlyCommands::makeLibrary(const QString& path) {
    Database database(path);
    if (!database.open())
        return false;
    WorkshopStore store(database);
    const auto id = ExampleWorkshop::create(store);
    m_example = id.value_or(0);
    return id.has_value();
}

void TestReadOnlyCommands::zeroByteFileListsNothingAndStaysEmpty() {
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(QFile(library).open(QIODevice::WriteOnly));
    const QStringList before = snapshot(dir.path());
    const AppRun list = run({QStringLiteral("--database"), library, QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.text(), QString());
    const AppRun exported =
        run({QStringLiteral("--database"), library, QStringLiteral("--export"),
             QStringLiteral("md"), QStringLiteral("--workshop"), QStringLiteral("1"),
             QStringLiteral("--output"), m_home.filePath(QStringLiteral("x.md"))});
    QCOMPARE(exported.exitCode, 3);
    QVERIFY2(exported.err.contains(QLatin1String("1")), qPrintable(exported.err));
    QCOMPARE(snapshot(dir.path()), before);
    QCOMPARE(QFileInfo(library).size(), 0);
}

void TestReadOnlyCommands::missingFolderIsNotCreated() {
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("nonexist/dir/lib.sqlite"));
    const AppRun list = run({QStringLiteral("--database"), library, QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 2);
    QVERIFY2(list.err.contains(QLatin1String("There is no library")), qPrintable(list.err));
    QVERIFY2(list.err.contains(QLatin1String("Nothing was created")), qPrintable(list.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nonexist"))));
    QCOMPARE(snapshot(dir.path()), QStringList());
}

void TestReadOnlyCommands::readsWhileTheAppHasTheLibraryOpen() {
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QVERIFY(makeLibrary(library));
    // The app: the library open for writing, its lock held, an edit sitting in the WAL.
    Database app(library);
    QVERIFY2(app.open(), qPrintable(app.errorMessage()));
    WorkshopStore store(app);
    QVERIFY(store.renameWorkshop(m_example, QStringLiteral("Renamed while open")));
    QVERIFY(QFileInfo::exists(library + QStringLiteral("-wal")));

    const AppRun list = run({QStringLiteral("--database"), library, QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.text().contains(QLatin1String("Renamed while open")), qPrintable(list.text()));
    const QString output = dir.filePath(QStringLiteral("report.md"));
    const AppRun exported = run({QStringLiteral("--database"), library, QStringLiteral("--export"),
                                 QStringLiteral("md"), QStringLiteral("--workshop"),
                                 QString::number(m_example), QStringLiteral("--output"), output});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFile(output).open(QIODevice::ReadOnly));

    // A writer is still refused, and told what does work.
    const QString json = dir.filePath(QStringLiteral("w.json"));
    QCOMPARE(run({QStringLiteral("--database"), library, QStringLiteral("--export"),
                  QStringLiteral("json"), QStringLiteral("--workshop"), QString::number(m_example),
                  QStringLiteral("--output"), json})
                 .exitCode,
             0);
    const AppRun imported =
        run({QStringLiteral("--database"), library, QStringLiteral("--import"), json});
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains(QLatin1String("already open in another Lodestar window")),
             qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QLatin1String("--list")), qPrintable(imported.err));
    QVERIFY(store.renameWorkshop(m_example, QStringLiteral("Still writable"))); // app unharmed
}

void TestReadOnlyCommands::readsALibraryOnAReadOnlyDisk() {
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(mountPoint);
    if (!disk.isMounted())
        QSKIP("mounting a tmpfs needs root; the other tests cover read-only opens without it");
    const QString library = QDir(mountPoint).filePath(QStringLiteral("library.sqlite"));
    QVERIFY(makeLibrary(library));
    QVERIFY(disk.remountReadOnly());
    const QStringList before = snapshot(mountPoint);
    const AppRun list = run({QStringLiteral("--database"), library, QStringLiteral("--list")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.text().contains(QLatin1String("Weekly cooked meals")));
    const AppRun exported =
        run({QStringLiteral("--database"), library, QStringLiteral("--export"),
             QStringLiteral("csv"), QStringLiteral("--workshop"), QString::number(m_example),
             QStringLiteral("--output"), dir.filePath(QStringLiteral("c.csv"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const AppRun example =
        run({QStringLiteral("--database"), library, QStringLiteral("--example")});
    QCOMPARE(example.exitCode, 2);
    QVERIFY2(example.err.contains(QLatin1String("read-only")), qPrintable(example.err));
    QCOMPARE(snapshot(mountPoint), before);
}

void TestReadOnlyCommands::readsAfterTheDiskFills() {
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(mountPoint);
    if (!disk.isMounted())
        QSKIP("mounting a tmpfs needs root; TestDiskFull covers a full disk for edits");
    const QString library = QDir(mountPoint).filePath(QStringLiteral("library.sqlite"));
    QVERIFY(makeLibrary(library));
    fill(mountPoint);
    const QStringList before = snapshot(mountPoint);

    const AppRun list = run({QStringLiteral("--database"), library, QStringLiteral("--list")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.text().contains(QLatin1String("Weekly cooked meals")));
    const AppRun elsewhere =
        run({QStringLiteral("--database"), library, QStringLiteral("--export"),
             QStringLiteral("pdf"), QStringLiteral("--workshop"), QString::number(m_example),
             QStringLiteral("--output"), dir.filePath(QStringLiteral("r.pdf"))});
    QVERIFY2(elsewhere.exitCode == 0, qPrintable(elsewhere.err));
    const AppRun onto =
        run({QStringLiteral("--database"), library, QStringLiteral("--export"),
             QStringLiteral("md"), QStringLiteral("--workshop"), QString::number(m_example),
             QStringLiteral("--output"), QDir(mountPoint).filePath(QStringLiteral("r.md"))});
    QCOMPARE(onto.exitCode, 3);
    QVERIFY2(onto.err.contains(QLatin1String("the disk is full")), qPrintable(onto.err));
    const AppRun example =
        run({QStringLiteral("--database"), library, QStringLiteral("--example")});
    QCOMPARE(example.exitCode, 2);
    QVERIFY2(example.err.contains(QLatin1String("is full")), qPrintable(example.err));
    QVERIFY2(!example.err.contains(QLatin1String("lock")), qPrintable(example.err));
    QCOMPARE(snapshot(mountPoint), before);
}

void TestReadOnlyCommands::refusalsNameTheRealCause_data() {
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("command"); // list, export-to-X, import
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("notWords");
    QTest::newRow("FIFO as the library") << "fifo"
                                         << "list" << 2 << "named pipe"
                                         << "folder";
    QTest::newRow("folder as the library") << "folder"
                                           << "list" << 2 << "a folder"
                                           << "pipe";
    QTest::newRow("missing library") << "missing"
                                     << "list" << 2 << "There is no library"
                                     << "";
    QTest::newRow("text file as the library") << "text"
                                              << "list" << 2 << "not a Lodestar library"
                                              << "";
    QTest::newRow("export onto /dev/full") << "library"
                                           << "export-device" << 3 << "a device"
                                           << "";
    QTest::newRow("export onto a FIFO") << "library"
                                        << "export-fifo" << 3 << "named pipe"
                                        << "";
    QTest::newRow("export into a missing folder") << "library"
                                                  << "export-nofolder" << 3 << "does not exist"
                                                  << "";
    QTest::newRow("export into a read-only folder") << "library"
                                                    << "export-readonly" << 3 << "read-only"
                                                    << "";
    QTest::newRow("read-only library file, reading") << "readonly"
                                                     << "list" << 0 << ""
                                                     << "";
    QTest::newRow("read-only library file, writing") << "readonly"
                                                     << "import" << 2 << "read-only"
                                                     << "";
    QTest::newRow("library held by the app, writing") << "held"
                                                      << "import" << 2 << "already open"
                                                      << "";
}

void TestReadOnlyCommands::refusalsNameTheRealCause() {
    QFETCH(QString, setup);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    QFETCH(QString, notWords);
    QTemporaryDir dir;
    QString library = dir.filePath(QStringLiteral("library.sqlite"));
    std::unique_ptr<Database> app;
    if (setup == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(library).constData(), 0600), 0);
    } else if (setup == u"folder") {
        QVERIFY(QDir().mkdir(library));
    } else if (setup == u"text") {
        QFile file(library);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list\n");
    } else if (setup != u"missing") {
        QVERIFY(makeLibrary(library));
    }
    if (setup == u"readonly")
        QVERIFY(QFile::setPermissions(library, QFileDevice::ReadOwner));
    if (setup == u"held") {
        app = std::make_unique<Database>(library);
        QVERIFY(app->open());
    }
    const QString json = m_home.filePath(QStringLiteral("import.json"));
    if (command == u"import" && !QFileInfo::exists(json)) {
        TestLibrary source;
        const auto id = ExampleWorkshop::create(source.store());
        QVERIFY(id);
        QCOMPARE(run({QStringLiteral("--database"), source.path(), QStringLiteral("--export"),
                      QStringLiteral("json"), QStringLiteral("--workshop"), QString::number(*id),
                      QStringLiteral("--output"), json})
                     .exitCode,
                 0);
    }
    const QString lockedFolder = dir.filePath(QStringLiteral("locked"));
    QString output = dir.filePath(QStringLiteral("out.md"));
    if (command == u"export-device")
        output = QStringLiteral("/dev/full");
    else if (command == u"export-fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(output).constData(), 0600), 0);
    else if (command == u"export-nofolder")
        output = dir.filePath(QStringLiteral("no/such/out.md"));
    else if (command == u"export-readonly") {
        QVERIFY(QDir().mkdir(lockedFolder));
        QVERIFY(
            QFile::setPermissions(lockedFolder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        output = QDir(lockedFolder).filePath(QStringLiteral("out.md"));
    }
    if (output == u"/dev/full" && !QFileInfo::exists(output))
        QSKIP("this system has no /dev/full");
    struct stat outputBefore {};
    const bool outputExisted = ::stat(QFile::encodeName(output).constData(), &outputBefore) == 0;
    const QStringList before = snapshot(dir.path());

    QStringList arguments{QStringLiteral("--database"), library};
    if (command == u"list")
        arguments << QStringLiteral("--list");
    else if (command == u"import")
        arguments << QStringLiteral("--import") << json;
    else
        arguments << QStringLiteral("--export") << QStringLiteral("md")
                  << QStringLiteral("--workshop") << QString::number(m_example)
                  << QStringLiteral("--output") << output;
    const AppRun result = run(arguments);
    if (QFileInfo::exists(lockedFolder))
        QFile::setPermissions(lockedFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner);

    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
    QVERIFY2(result.err.contains(words), qPrintable(result.err));
    if (!notWords.isEmpty())
        QVERIFY2(!result.err.contains(notWords), qPrintable(result.err));
    if (exitCode != 0)
        QVERIFY2(!result.err.trimmed().contains(u'\n'), qPrintable(result.err)); // one message
    QCOMPARE(snapshot(dir.path()), before);
    if (outputExisted) {
        struct stat outputAfter {};
        QCOMPARE(::stat(QFile::encodeName(output).constData(), &outputAfter), 0);
        QCOMPARE(outputAfter.st_mode, outputBefore.st_mode);
        QCOMPARE(outputAfter.st_ino, outputBefore.st_ino);
    }
}

QTEST_GUILESS_MAIN(TestReadOnlyCommands)
#include "TestReadOnlyCommands.moc"
