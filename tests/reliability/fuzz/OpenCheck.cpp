#include "OpenCheck.h"

#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QDir>
#include <QFile>

namespace OpenCheck {

namespace {
QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QString checkOpen(const QByteArray& bytes, const QString& folder) {
    QDir dir(folder);
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QString problem;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QStringLiteral("cannot write the input file");
    }
    {
        Database database(path);
        if (database.open()) {
            // Accepted: it must behave as a library (writes may fail, loudly, on a strange one).
            WorkshopStore store(database);
            Workshop w;
            w.title = QStringLiteral("Fuzzed");
            if (!store.createWorkshop(w) && store.lastError().isEmpty())
                problem = QStringLiteral("a failed write gave no reason");
        } else {
            if (database.status() == Database::Status::Open ||
                database.status() == Database::Status::Closed)
                problem = QStringLiteral("refused without a reason");
            else if (database.errorMessage().isEmpty())
                problem = QStringLiteral("refused without a message");
            database.close();
            if (problem.isEmpty() && readAll(path) != bytes)
                problem = QStringLiteral("refused (%1) but changed the file")
                              .arg(database.errorMessage());
            const QStringList left = dir.entryList(QDir::Files | QDir::Hidden);
            if (problem.isEmpty() && left != QStringList{QStringLiteral("library.sqlite")})
                problem = QStringLiteral("refused but left files behind: ") +
                          left.join(QStringLiteral(", "));
        }
    }
    dir.removeRecursively();
    dir.mkpath(folder);
    return problem;
}

} // namespace OpenCheck
