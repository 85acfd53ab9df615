// POSIX calls rather than QSaveFile: QSaveFile reported success on a full tmpfs (its
// buffered write hid the error) and renamed over device nodes, and errno is what tells a
// full disk from a read-only one, which the user needs to hear.
#include "FileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// What kind of thing a non-regular file is, for the message.
QString kindOfMode(mode_t mode) {
    if (S_ISDIR(mode))
        return FileWriter::tr("a folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileWriter::tr("a device");
    if (S_ISFIFO(mode))
        return FileWriter::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return FileWriter::tr("a socket");
    return FileWriter::tr("something other than a file");
}

mode_t currentUmask() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

} // namespace

FileWriter::FileWriter(QString path)
    : m_path(std::move(path)) {}

FileWriter::~FileWriter() {
    discard();
}

bool FileWriter::fail(Problem problem, const QString& why) {
    discard();
    m_problem = problem;
    m_error = tr("Could not write %1: %2. Nothing was written there; any file it held is "
                 "unchanged.")
                  .arg(shown(m_path), why);
    return false;
}

bool FileWriter::failErrno(int error, const QString& what) {
    const QString folder = shown(QFileInfo(m_target).absolutePath());
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return fail(Problem::DiskFull,
                    tr("the disk is full. Free some space, or choose another disk"));
    case EROFS:
        return fail(Problem::ReadOnly, tr("the disk holding %1 is read-only").arg(folder));
    case EACCES:
    case EPERM:
        return fail(Problem::NoPermission,
                    tr("you may not write in the folder %1. Choose another folder").arg(folder));
    default:
        return fail(Problem::WriteFailed,
                    tr("%1 failed (%2)").arg(what, QString::fromLocal8Bit(std::strerror(error))));
    }
}

bool FileWriter::checkTarget() {
    if (m_path.isEmpty())
        return fail(Problem::NoName, tr("no file name was given"));
    m_target = QFileInfo(m_path).absoluteFilePath();
    const QByteArray native = QFile::encodeName(m_target);
    struct stat link {};
    if (::lstat(native.constData(), &link) == 0) {
        struct stat target {};
        if (::stat(native.constData(), &target) != 0)
            return fail(Problem::NotAFile, tr("it is a link to %1, which does not exist")
                                               .arg(shown(QFileInfo(m_target).symLinkTarget())));
        if (!S_ISREG(target.st_mode))
            return fail(Problem::NotAFile, tr("it is %1, not a file. Choose a file name instead")
                                               .arg(kindOfMode(target.st_mode)));
        // Replace what a link points to, not the link itself.
        if (S_ISLNK(link.st_mode))
            m_target = QFileInfo(m_target).canonicalFilePath();
        // Permission bits, not access(): a file marked read-only stays so even for root.
        if (!(target.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)))
            return fail(Problem::ReadOnly, tr("the file is marked read-only"));
    } else if (errno != ENOENT) {
        return failErrno(errno, tr("looking at the file"));
    }
    const QString folder = QFileInfo(m_target).absolutePath();
    struct stat dir {};
    if (::stat(QFile::encodeName(folder).constData(), &dir) != 0 || !S_ISDIR(dir.st_mode))
        return fail(Problem::NoFolder, tr("the folder %1 does not exist").arg(shown(folder)));
    if (!(dir.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)))
        return fail(Problem::ReadOnly, tr("the folder %1 is read-only").arg(shown(folder)));
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return failErrno(errno, tr("opening the folder"));
    return true;
}

bool FileWriter::open() {
    discard();
    m_problem = Problem::None;
    m_error.clear();
    if (!checkTarget())
        return false;
    // "<name>.XXXXXX", the pattern Database::removeStaleRestoreCopies() knows.
    QByteArray pattern = QFile::encodeName(m_target) + ".XXXXXX";
    m_fd = ::mkstemp(pattern.data());
    if (m_fd < 0)
        return failErrno(errno, tr("creating the new file"));
    m_temporary = QFile::decodeName(pattern);
    // mkstemp makes the file 0600; give it the old file's mode, or the usual one for a new file.
    struct stat old {};
    const mode_t mode = ::stat(QFile::encodeName(m_target).constData(), &old) == 0
                            ? (old.st_mode & 07777)
                            : (0666 & ~currentUmask());
    if (::fchmod(m_fd, mode) != 0)
        return failErrno(errno, tr("setting the new file's permissions"));
    return true;
}

bool FileWriter::write(QByteArrayView bytes) {
    if (m_fd < 0)
        return m_problem != Problem::None ? false
                                          : fail(Problem::WriteFailed, tr("the file is not open"));
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return failErrno(errno, tr("writing"));
        if (written == 0) // a short write that makes no progress: treat as a full disk
            return fail(Problem::DiskFull,
                        tr("the disk is full. Free some space, or choose another disk"));
        data += written;
        left -= written;
    }
    return true;
}

bool FileWriter::commit() {
    if (m_fd < 0)
        return m_problem != Problem::None ? false
                                          : fail(Problem::WriteFailed, tr("the file is not open"));
    // Some file systems report a full disk only when the data reaches it.
    if (::fsync(m_fd) != 0)
        return failErrno(errno, tr("saving to the disk"));
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return failErrno(errno, tr("closing the file"));
    // The target may have changed kind while we wrote (a FIFO made in its place).
    struct stat now {};
    if (::lstat(QFile::encodeName(m_target).constData(), &now) == 0 && !S_ISREG(now.st_mode))
        return fail(
            Problem::NotAFile,
            tr("it is %1, not a file. Choose a file name instead").arg(kindOfMode(now.st_mode)));
    if (::rename(QFile::encodeName(m_temporary).constData(),
                 QFile::encodeName(m_target).constData()) != 0)
        return failErrno(errno, tr("replacing the file"));
    m_temporary.clear();
    // The rename itself must reach the disk too; a failure here loses nothing.
    const int dir = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

void FileWriter::discard() {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

bool FileWriter::writeFile(const QString& path, QByteArrayView bytes, QString* error,
                           Problem* problem) {
    FileWriter file(path);
    const bool written = file.open() && file.write(bytes) && file.commit();
    if (error && !written)
        *error = file.errorMessage();
    if (problem)
        *problem = file.problem();
    return written;
}

QString FileWriter::targetProblem(const QString& path, Problem* problem) {
    FileWriter file(path);
    file.checkTarget();
    if (problem)
        *problem = file.problem();
    return file.errorMessage();
}

QString FileWriter::kindOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return tr("missing");
    return kindOfMode(info.st_mode);
}
