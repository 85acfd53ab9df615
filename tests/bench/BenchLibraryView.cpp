// The library screen with 10,000 workshops: building the model, filtering as someone
// types, and sorting each column. Prints milliseconds; the budget is "smooth" (<100 ms).
#include "LibraryModel.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!database.open())
        return 1;
    WorkshopStore store(database);
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    for (int i = 0; i < 10000; ++i)
        store.createWorkshop({0, QStringLiteral("Workshop %1 about pricing").arg(i),
                              QStringLiteral("Product %1").arg(i % 97)});
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    LibraryModel model(store);
    out << "build library model, 10,000 rows: " << timer.elapsed() << " ms\n";
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LibraryModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    for (const char* typed : {"9", "99", "999", "9999"}) {
        timer.start();
        proxy.setFilterFixedString(QString::fromLatin1(typed));
        out << "filter \"" << typed << "\" -> " << proxy.rowCount() << " rows: " << timer.elapsed()
            << " ms\n";
    }
    proxy.setFilterFixedString(QString());
    for (int column = 0; column < LibraryModel::ColumnCount; ++column) {
        timer.start();
        proxy.sort(column);
        out << "sort column " << column << ": " << timer.elapsed() << " ms\n";
    }
    out.flush();
    return 0;
}
