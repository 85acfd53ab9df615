#include "IntegrityCheck.h"

#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

IntegrityCheck::IntegrityCheck(QString path)
    : m_path(std::move(path)) {}

IntegrityCheck::~IntegrityCheck() {
    if (m_thread.joinable())
        m_thread.join();
}

void IntegrityCheck::start() {
    if (!m_thread.joinable() && m_verdict.load() == Verdict::Pending)
        m_thread = std::thread([this] { run(); });
}

IntegrityCheck::Verdict IntegrityCheck::await() {
    start();
    if (m_thread.joinable())
        m_thread.join();
    return m_verdict.load();
}

void IntegrityCheck::run() {
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("lodestar-integrity-%1").arg(counter.fetchAndAddRelaxed(1));
    bool healthy = false;
    {
        // Read-only and through the log, as the library's own connection sees the file; the
        // library writes nothing until this verdict is in, so what is checked is what is
        // there.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            healthy = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
                      query.value(0).toString() == QLatin1String("ok");
        }
    }
    SqlSupport::dropConnection(name);
    m_verdict.store(healthy ? Verdict::Healthy : Verdict::Damaged);
}

bool IntegrityCheck::isWalFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    // Bytes 18 and 19: the file format write and read versions, 2 for WAL.
    return header.size() == 20 && header[18] == 2 && header[19] == 2;
}

bool IntegrityCheck::rootPagesLookSound(const QString& path, const QList<qint64>& rootPages) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return false;
    const quint32 rawPageSize = quint32(quint8(header[16])) << 8 | quint8(header[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512)
        return false;
    const qint64 pages = file.size() / pageSize;
    for (const qint64 page : rootPages) {
        if (page < 1 || page > pages)
            return false;
        // Page 1 holds the 100-byte file header before its b-tree header.
        if (!file.seek((page - 1) * pageSize + (page == 1 ? 100 : 0)))
            return false;
        const QByteArray first = file.read(8);
        if (first.size() < 8)
            return false;
        const int type = quint8(first[0]);
        const int cells = quint8(first[3]) << 8 | quint8(first[4]);
        const int contentStart = quint8(first[5]) << 8 | quint8(first[6]);
        // Interior/leaf index (2, 10), interior/leaf table (5, 13); the cell count and
        // content start must fit in the page (0 stands for 65536).
        if ((type != 2 && type != 5 && type != 10 && type != 13) || qint64(cells) * 2 > pageSize ||
            (contentStart != 0 && contentStart > pageSize))
            return false;
    }
    return true;
}
