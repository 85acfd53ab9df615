// The library screen with 10,000 workshops, driven as a user would: building the page,
// typing a search one key at a time, sorting each column, and scrolling to the bottom.
// Each step is timed to the next painted frame. Budgets: 16 ms a keystroke, 50 ms a sort,
// no stall when scrolling. Usage: bench_library_view [WORKSHOPS]
#include "ChildProcess.h"
#include "LibraryModel.h"
#include "LibraryPage.h"
#include "SeededLibrary.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

namespace {

// Runs `step`, then paints the table as the next frame would.
double frameMs(QTableView* view, const std::function<void()>& step) {
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString fixed(double value) {
    return QString::number(value, 'f', 1);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int workshops = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const QString error = SeededLibrary::seed(path, workshops); !error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    Database database(path);
    if (!database.open())
        return 1;
    WorkshopStore store(database);
    QUndoStack undo;
    QTextStream out(stdout);
    out << "library screen with " << workshops << " workshops (offscreen, to the painted frame)\n";

    QElapsedTimer timer;
    timer.start();
    LibraryPage page(store, undo);
    page.resize(1280, 800);
    page.show();
    QCoreApplication::processEvents();
    page.view()->viewport()->repaint();
    out << "  build and show the page: " << fixed(double(timer.nsecsElapsed()) / 1e6) << " ms\n";

    QTableView* view = page.view();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    const QString typed = QStringLiteral("pricing 99");
    QList<double> keys;
    double worstKey = 0;
    for (int round = 0; round < 5; ++round) {
        search->clear();
        QCoreApplication::processEvents();
        for (int i = 1; i <= typed.size(); ++i) {
            const double ms = frameMs(view, [&] { search->setText(typed.left(i)); });
            keys.append(ms);
            worstKey = qMax(worstKey, ms);
        }
    }
    out << "  search, typing \"" << typed << "\" key by key: median " << fixed(median(keys))
        << " ms a key, worst " << fixed(worstKey) << " ms (budget 16 ms); "
        << view->model()->rowCount() << " rows match\n";
    const double clear = frameMs(view, [&] { search->clear(); });
    out << "  clearing the search: " << fixed(clear) << " ms\n";

    QList<double> sorts;
    double worstSort = 0;
    for (int column = 0; column < LibraryModel::ColumnCount; ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = frameMs(view, [&] { view->sortByColumn(column, order); });
            sorts.append(ms);
            worstSort = qMax(worstSort, ms);
        }
    out << "  sort, each column both ways: median " << fixed(median(sorts)) << " ms, worst "
        << fixed(worstSort) << " ms (budget 50 ms)\n";

    view->sortByColumn(LibraryModel::Date, Qt::DescendingOrder);
    double worstPage = 0;
    int pages = 0;
    QElapsedTimer whole;
    whole.start();
    while (view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum() &&
           pages < 5000) {
        worstPage =
            qMax(worstPage, frameMs(view, [&] {
                     view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
                 }));
        ++pages;
    }
    out << "  paging down to the bottom: " << pages << " pages, worst " << fixed(worstPage)
        << " ms a page, " << fixed(double(whole.nsecsElapsed()) / 1e6) << " ms in all\n";
    const double end = frameMs(view, [&] {
        view->sortByColumn(LibraryModel::Title, Qt::AscendingOrder);
        view->scrollToBottom();
    });
    out << "  jump to the bottom (Ctrl+End) after a sort: " << fixed(end) << " ms; rows "
        << view->model()->rowCount() << Qt::endl;
    return 0;
}
