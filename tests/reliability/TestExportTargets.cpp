// Issue 14.1 and 14.2: every export format written through FileWriter onto a full disk, a
// device, a named pipe, a socket, a folder, a link to a device, a read-only folder and an
// existing file. Each refusal names the real cause, and whatever was there stays byte for
// byte as it was, with no half-written file left beside it.
#include "TestLibrary.h"

#include "exchange/WorkshopExchange.h"
#include "files/FileWriter.h"
#include "playbook/ExampleWorkshop.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// A small tmpfs mounted for one test, unmounted when it goes out of scope (as TestDiskFull).
class SmallDisk {
public:
    SmallDisk(const QString& mountPoint, const QString& size)
        : m_mountPoint(mountPoint) {
        QDir().mkpath(mountPoint);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=") + size,
                                       QStringLiteral("lodestar-test"), mountPoint}) == 0;
    }
    ~SmallDisk() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
    }
    bool isMounted() const { return m_mounted; }

private:
    QString m_mountPoint;
    bool m_mounted = false;
};

// Fills the disk holding `folder` with one file, to the last byte.
void fill(const QString& folder) {
    QFile filler(QDir(folder).filePath(QStringLiteral("filler.bin")));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray chunk(4096, 'f');
    while (filler.write(chunk) == chunk.size()) {
    }
    while (filler.write("f", 1) == 1) {
    }
}

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

QStringList namesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot |
                                  QDir::System);
}

// A listening Unix socket at `path`, closed when it goes out of scope.
class Socket {
public:
    explicit Socket(const QString& path) {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        if (m_fd < 0 || native.size() >= qsizetype(sizeof(address.sun_path)))
            return;
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    }
    ~Socket() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isBound() const { return m_bound; }

private:
    int m_fd = -1;
    bool m_bound = false;
};

const ExportFormat AllFormats[] = {ExportFormat::Pdf, ExportFormat::Markdown, ExportFormat::Csv,
                                   ExportFormat::Json};

} // namespace

class TestExportTargets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void formats_data();
    void fullDiskKeepsTheOldFile_data() { formats_data(); }
    void fullDiskKeepsTheOldFile();
    void shortWriteFailsTheExport();
    void existingFileIsReplacedWhole_data() { formats_data(); }
    void existingFileIsReplacedWhole();
    void notAFileIsRefused_data();
    void notAFileIsRefused();
    void readOnlyFolderIsRefused_data() { formats_data(); }
    void readOnlyFolderIsRefused();
    void readOnlyDiskIsRefused_data() { formats_data(); }
    void readOnlyDiskIsRefused();
    void linkToAFileReplacesItsTarget();
    void missingFolderIsNamed();

private:
    bool exportTo(ExportFormat format, const QString& path, QString* error);

    TestLibrary m_library;
    qint64 m_workshop = 0;
};

void TestExportTargets::initTestCase() {
    QVERIFY(m_library.isOpen());
    const auto id = ExampleWorkshop::create(m_library.store());
    QVERIFY(id);
    m_workshop = *id;
}

bool TestExportTargets::exportTo(ExportFormat format, const QString& path, QString* error) {
    ReportOptions options;
    options.exportedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30));
    return WorkshopExchange::exportWorkshop(m_library.store(), m_workshop, format, path, options,
                                            error);
}

void TestExportTargets::formats_data() {
    QTest::addColumn<int>("format");
    for (ExportFormat format : AllFormats)
        QTest::newRow(qPrintable(WorkshopExchange::formatKey(format))) << int(format);
}

void TestExportTargets::fullDiskKeepsTheOldFile() {
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(mountPoint, QStringLiteral("256k"));
    if (!disk.isMounted())
        QSKIP("mounting a tmpfs needs root; shortWriteFailsTheExport covers the write path");
    const QString old =
        QDir(mountPoint)
            .filePath(QStringLiteral("old.") + WorkshopExchange::fileSuffix(ExportFormat(format)));
    const QByteArray oldBytes = "the export from last week\n";
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(oldBytes);
    }
    fill(mountPoint);
    const QStringList before = namesIn(mountPoint);
    QString error;
    QVERIFY(!exportTo(ExportFormat(format), old, &error));
    QVERIFY2(error.contains(QLatin1String("the disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("unchanged")), qPrintable(error));
    QCOMPARE(contents(old), oldBytes);
    QCOMPARE(namesIn(mountPoint), before); // no half-written file left behind
    // And on a disk with room, the same export works.
    QVERIFY(QFile::remove(QDir(mountPoint).filePath(QStringLiteral("filler.bin"))));
    QVERIFY2(exportTo(ExportFormat(format), old, &error), qPrintable(error));
    QVERIFY(contents(old) != oldBytes);
}

// A disk with a little room left: the first write() is cut short, the next fails. That
// short write must fail the whole file, not leave a cut-off one (the Markdown bug).
void TestExportTargets::shortWriteFailsTheExport() {
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(mountPoint, QStringLiteral("256k"));
    if (!disk.isMounted())
        QSKIP("mounting a tmpfs needs root");
    fill(mountPoint);
    // Free 4 KiB: room for the start of the file, not for all of it.
    const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler.bin"));
    QVERIFY(::truncate(QFile::encodeName(filler).constData(), QFileInfo(filler).size() - 4096) ==
            0);
    const QString target = QDir(mountPoint).filePath(QStringLiteral("report.md"));
    const QByteArray bytes(64 * 1024, 'm');
    QString error;
    FileWriter::Problem problem = FileWriter::Problem::None;
    QVERIFY(!FileWriter::writeFile(target, bytes, &error, &problem));
    QCOMPARE(problem, FileWriter::Problem::DiskFull);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(namesIn(mountPoint), QStringList{QStringLiteral("filler.bin")});
}

void TestExportTargets::existingFileIsReplacedWhole() {
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1 << 20, 'x')); // longer than any export: no tail may survive
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup));
    }
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QString error;
    QVERIFY2(exportTo(ExportFormat(format), path, &error), qPrintable(error));
    const QByteArray written = contents(path);
    QVERIFY(!written.contains(QByteArray(64, 'x')));
    QVERIFY(written.size() < (1 << 20));
    QCOMPARE(QFile::permissions(path), permissions); // the old file's mode is kept
    QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("report")});
}

void TestExportTargets::notAFileIsRefused_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("kind");
    for (ExportFormat format : AllFormats)
        for (const char* kind : {"device", "fifo", "socket", "folder", "link to device"})
            QTest::addRow("%s onto a %s", qPrintable(WorkshopExchange::formatKey(format)), kind)
                << int(format) << QString::fromLatin1(kind);
}

void TestExportTargets::notAFileIsRefused() {
    QFETCH(int, format);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString target = dir.filePath(QStringLiteral("target"));
    QString words;
    std::unique_ptr<Socket> socket;
    if (kind == u"device") {
        // /dev/full as root was replaced by a regular file holding the export (issue 14.2).
        target = QStringLiteral("/dev/full");
        words = QStringLiteral("a device");
    } else if (kind == u"link to device") {
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), target));
        words = QStringLiteral("a device");
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        words = QStringLiteral("named pipe");
    } else if (kind == u"socket") {
        socket = std::make_unique<Socket>(target);
        QVERIFY(socket->isBound());
        words = QStringLiteral("a socket");
    } else {
        QVERIFY(QDir().mkdir(target));
        words = QStringLiteral("a folder");
    }
    if (!QFileInfo::exists(QStringLiteral("/dev/full")) && kind.contains(u"device"))
        QSKIP("this system has no /dev/full");
    struct stat before {};
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &before), 0);
    const QStringList namesBefore = namesIn(QFileInfo(target).absolutePath());

    QString error;
    QVERIFY(!exportTo(ExportFormat(format), target, &error));
    QVERIFY2(error.contains(words), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not a file")), qPrintable(error));
    struct stat after {};
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &after), 0);
    QCOMPARE(after.st_mode, before.st_mode); // still the device, pipe, socket, folder or link
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(namesIn(QFileInfo(target).absolutePath()), namesBefore);
}

void TestExportTargets::readOnlyFolderIsRefused() {
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    const QString old = QDir(folder).filePath(QStringLiteral("old"));
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept");
    }
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    const bool written = exportTo(ExportFormat(format), old, &error);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written);
    QVERIFY2(error.contains(QLatin1String("read-only")) ||
                 error.contains(QLatin1String("may not write")),
             qPrintable(error));
    QCOMPARE(contents(old), QByteArray("kept"));
    QCOMPARE(namesIn(folder), QStringList{QStringLiteral("old")});
}

// A disk mounted read-only (a write-protected stick, a share): refused in those words, the
// old file as it was. Root ignores a folder's permission bits, but not a read-only mount.
void TestExportTargets::readOnlyDiskIsRefused() {
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(mountPoint, QStringLiteral("256k"));
    if (!disk.isMounted())
        QSKIP("mounting a tmpfs needs root; readOnlyFolderIsRefused covers a folder");
    const QString old = QDir(mountPoint).filePath(QStringLiteral("old"));
    QVERIFY(FileWriter::writeFile(old, "kept"));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                               {QStringLiteral("-o"), QStringLiteral("remount,ro"), mountPoint}),
             0);
    QString error;
    QVERIFY(!exportTo(ExportFormat(format), old, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("old")), qPrintable(error)); // names the file
    QCOMPARE(contents(old), QByteArray("kept"));
    QCOMPARE(namesIn(mountPoint), QStringList{QStringLiteral("old")});
}

void TestExportTargets::linkToAFileReplacesItsTarget() {
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.md"));
    const QString link = dir.filePath(QStringLiteral("link.md"));
    QVERIFY(FileWriter::writeFile(real, "old"));
    QVERIFY(QFile::link(real, link));
    QString error;
    QVERIFY2(exportTo(ExportFormat::Markdown, link, &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(contents(real).startsWith("# "));
}

void TestExportTargets::missingFolderIsNamed() {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("no/such/folder/report.csv"));
    QString error;
    QVERIFY(!exportTo(ExportFormat::Csv, target, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

QTEST_MAIN(TestExportTargets) // the PDF needs fonts
#include "TestExportTargets.moc"
