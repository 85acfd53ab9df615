// Issue 14: `lodestar --grab` writes its pictures through FileWriter like every export. A
// folder that is a device, a named pipe or a plain file is refused before anything is drawn,
// and a picture whose name is taken by a named pipe or a folder is refused with a plain
// message, leaving what was there as it was. Issue 13: the pictures show what the room sees
// — a finished workshop's projector at Converge holds its North Star — at the size asked.
#include "Grabber.h"
#include "TestLibrary.h"
#include "WidgetTexts.h"
#include "agenda/Clock.h"
#include "playbook/ExampleWorkshop.h"
#include "storage/WorkshopStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

bool isFifo(const QString& path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

QStringList namesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

} // namespace

class TestGrabFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void refusesAFolderThatIsNotAFolder_data();
    void refusesAFolderThatIsNotAFolder();
    void refusesAPictureNameTakenByAPipeOrAFolder();
    void projectorAtConvergeShowsTheChosenNorthStar();
    void stagesAlreadyGrabbedAreGone();

private:
    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    qint64 m_id = 0;
};

void TestGrabFiles::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestGrabFiles::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Grab test"), 3);
}

void TestGrabFiles::refusesAFolderThatIsNotAFolder_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said");
    QTest::newRow("named pipe") << QStringLiteral("fifo") << QStringLiteral("named pipe");
    QTest::newRow("link to a device") << QStringLiteral("device") << QStringLiteral("a device");
    QTest::newRow("plain file") << QStringLiteral("file") << QStringLiteral("not a folder");
}

void TestGrabFiles::refusesAFolderThatIsNotAFolder() {
    QFETCH(QString, kind);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("pictures"));
    QByteArray before;
    if (kind == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(QFile::encodeName(target).constData(), 0644) == 0);
    } else if (kind == QLatin1String("device")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), target));
    } else {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("notes, not pictures");
        file.close();
        before = fileHash(target);
    }
    QString error;
    const QStringList files =
        Grabber::grabWorkshop(m_library->store(), m_clock, m_id, target, &error);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    QVERIFY2(error.contains(said), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("pictures")), qPrintable(error));
    // What was there is still there, untouched.
    if (kind == QLatin1String("fifo"))
        QVERIFY(isFifo(target));
    else if (kind == QLatin1String("device"))
        QVERIFY(QFileInfo(target).isSymLink() && !QFileInfo(target).isFile());
    else
        QCOMPARE(fileHash(target), before);
    QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("pictures")});
}

void TestGrabFiles::refusesAPictureNameTakenByAPipeOrAFolder() {
    // The cheat sheet is the last picture: everything before it is written, then the named
    // pipe in its place is refused, and left a named pipe.
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("projector-examples-dark.png"));
    QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0644) == 0);
    QString error;
    QVERIFY(Grabber::grabWorkshop(m_library->store(), m_clock, m_id, dir.path(), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("named pipe")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("projector-examples-dark.png")), qPrintable(error));
    QVERIFY(isFifo(pipe));
    const QStringList written = namesIn(dir.path());
    QVERIFY(written.size() > 3);
    for (const QString& name : written) // no half-written new file left beside the pipe
        QVERIFY2(name.endsWith(QLatin1String(".png")), qPrintable(name));

    // The first picture's name taken by a folder: refused, and nothing else is written.
    const QString first = written.filter(QStringLiteral("console-01-")).value(0);
    QVERIFY(!first.isEmpty());
    QTemporaryDir other;
    QVERIFY(QDir(other.path()).mkdir(first));
    QVERIFY(
        Grabber::grabWorkshop(m_library->store(), m_clock, m_id, other.path(), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("a folder")), qPrintable(error));
    QCOMPARE(namesIn(other.path()), QStringList{first});
    QVERIFY(QFileInfo(other.filePath(first)).isDir());
}

QTEST_MAIN(TestGrabFiles)
// The example is finished: its projector pictures at Converge (dark and light) show the
// chosen North Star, never the placeholder, in windows of the size asked for.
void TestGrabFiles::projectorAtConvergeShowsTheChosenNorthStar() {
    WorkshopStore& store = m_library->store();
    const auto example = ExampleWorkshop::create(store);
    QVERIFY(example);
    const QString northStar = store.candidate(store.workshop(*example)->northStarId)->name;
    QVERIFY(!northStar.isEmpty());
    QStringList converge;
    QStringList sizes;
    const auto visit = [&](const QString& name, QWidget* window) {
        if (!name.startsWith(QLatin1String("projector")))
            return;
        sizes << QStringLiteral("%1 %2x%3").arg(name).arg(window->width()).arg(window->height());
        if (!name.contains(QLatin1String("converge")))
            return;
        const QString texts = visibleTexts(window).join(u'\n');
        converge << name;
        QVERIFY2(texts.contains(northStar), qPrintable(name + u'\n' + texts));
        QVERIFY2(!texts.contains(QLatin1String("will appear here")), qPrintable(name));
    };
    QString error;
    const QStringList names =
        Grabber::grabWorkshop(store, m_clock, *example, QString(), &error, QSize(1280, 800), visit);
    QVERIFY2(!names.isEmpty(), qPrintable(error));
    QCOMPARE(converge.size(), 2); // dark and light
    for (const QString& size : std::as_const(sizes))
        QVERIFY2(size.endsWith(QLatin1String(" 1280x800")), qPrintable(size));
}

// The grab runs before any event loop, where deleteLater() waits for one: each stage's
// console page must still go when the next stage comes, or a 200-candidate workshop's pages
// all stay in memory together (--grab's peak memory, issue #16).
void TestGrabFiles::stagesAlreadyGrabbedAreGone() {
    const auto example = ExampleWorkshop::create(m_library->store());
    QVERIFY(example);
    QStringList pages; // how many stage pages the window holds at each console picture
    const auto visit = [&](const QString& name, QWidget* window) {
        if (name.startsWith(QLatin1String("console")))
            pages << QStringLiteral("%1 %2").arg(name).arg(
                window->findChildren<QScrollArea*>(QStringLiteral("stageScroll")).size());
    };
    QString error;
    QVERIFY2(!Grabber::grabWorkshop(m_library->store(), m_clock, *example, QString(), &error,
                                    QSize(1280, 800), visit)
                  .isEmpty(),
             qPrintable(error));
    QVERIFY(pages.size() > 5);
    for (const QString& page : std::as_const(pages))
        QVERIFY2(page.endsWith(QLatin1String(" 1")), qPrintable(pages.join(u'\n')));
}

#include "TestGrabFiles.moc"
