// A product's history at 100 workshops (issue #19): 100 revisits in a chain, each choosing a
// North Star with four inputs, one in three changing it. Times, to the painted frame, the
// first opening of the product page (and when its last card is built), opening it again, then
// the comparison of the oldest and the newest workshop, and the comparison's way back to the
// page. Budget: 50 ms each (printed, not asserted); medians of RUNS. OTHERS more workshops of
// other products fill the library first (a big library around the one product). Usage:
// bench_history [WORKSHOPS] [RUNS] [OTHERS]
#include "domain/ProductName.h"
#include "history/ProductBrowser.h"
#include "history/ProductPage.h"
#include "history/RevisitSeed.h"
#include "playbook/Playbook.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

namespace {

// The chain of revisits, in one transaction; returns the ids, oldest first.
QList<qint64> seed(WorkshopStore& store, int workshops) {
    QList<qint64> ids;
    QDateTime when(QDate(2018, 1, 8), QTime(9, 0), Qt::UTC);
    store.setClock([&when] { return when; });
    store.batch([&] {
        Workshop first;
        first.title = QStringLiteral("Harvest Box North Star");
        first.product = QStringLiteral("Harvest Box");
        const auto id = store.createWorkshop(first);
        if (!id)
            return false;
        Candidate c;
        c.workshopId = *id;
        c.kind = CandidateKind::Room;
        c.name = QStringLiteral("Weekly cooked meals");
        c.definition = QStringLiteral("Meals marked cooked per active household per week");
        const auto chosen = store.addCandidate(c);
        for (int i = 0; chosen && i < 4; ++i)
            store.addInput({0, *chosen, QStringLiteral("Input %1").arg(i),
                            QStringLiteral("What input %1 counts").arg(i), InputPattern(i),
                            QStringLiteral("Team %1").arg(i), i});
        if (!chosen || !store.setNorthStar(*id, *chosen))
            return false;
        ids.append(*id);
        for (int n = 1; n < workshops; ++n) {
            when = when.addDays(30);
            const auto plan =
                RevisitSeed::propose(store, ids.last(), Playbook::standard().revisit());
            const auto revisit = plan ? store.createRevisit(*plan) : std::nullopt;
            if (!revisit)
                return false;
            qint64 pick = store.candidates(*revisit).first().id;
            if (n % 3 == 0) {
                Candidate other;
                other.workshopId = *revisit;
                other.kind = CandidateKind::Room;
                other.name = QStringLiteral("North Star %1").arg(n);
                const auto otherId = store.addCandidate(other);
                for (int i = 0; otherId && i < 4; ++i)
                    store.addInput({0,
                                    *otherId,
                                    QStringLiteral("Input %1.%2").arg(n).arg(i),
                                    {},
                                    InputPattern(i),
                                    QStringLiteral("Team %1").arg(i),
                                    i});
                pick = otherId.value_or(0);
                store.setChangeNote(*revisit, QStringLiteral("Changed in month %1").arg(n));
            }
            if (!store.setNorthStar(*revisit, pick))
                return false;
            ids.append(*revisit);
        }
        return true;
    });
    const QDateTime last = when;
    store.setClock([last] { return last; }); // `when` dies with this call
    return ids;
}

double frameMs(QWidget* window, const std::function<void()>& step) {
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::processEvents();
    window->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int workshops = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    const int others = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 0;
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!database.open())
        return 1;
    WorkshopStore store(database);
    const bool filled = store.batch([&] {
        for (int i = 0; i < others; ++i) {
            Workshop w;
            w.title = QStringLiteral("Workshop %1").arg(i);
            w.product = QStringLiteral("Product %1").arg(i % 500);
            if (!store.createWorkshop(w))
                return false;
        }
        return true;
    });
    if (!filled)
        return 1;
    const QList<qint64> ids = seed(store, workshops);
    QTextStream out(stdout);
    if (ids.size() != workshops) {
        QTextStream(stderr) << "seeding failed: " << store.lastError() << Qt::endl;
        return 1;
    }
    QList<double> read;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<NorthStarRecord> history =
            store.productHistory(ProductName::key(QStringLiteral("Harvest Box")));
        read << double(timer.nsecsElapsed()) / 1e6;
        if (history.size() != workshops)
            return 1;
    }
    QUndoStack undo;
    ProductBrowser browser(store, undo);
    browser.resize(1400, 900);
    browser.show();
    // The window is on screen before the clock starts: its first paint is not the page's.
    QCoreApplication::processEvents();
    browser.repaint();
    // The first opening builds every card; later ones keep the cards that show the same.
    const double first = frameMs(&browser, [&] { browser.showProductOf(ids.last()); });
    QElapsedTimer rest;
    rest.start();
    while (browser.productPage()->cards().size() < workshops && rest.elapsed() < 10000)
        QCoreApplication::processEvents();
    const double allCards = first + double(rest.nsecsElapsed()) / 1e6;
    QList<double> page, compare, back;
    for (int run = 0; run < runs; ++run) {
        page << frameMs(&browser, [&] { browser.showProductOf(ids.last()); });
        compare << frameMs(&browser, [&] { browser.showComparison(ids.first(), ids.last()); });
        back << frameMs(&browser, [&] { browser.showProductOf(ids.first()); });
    }
    out << "product history with " << workshops << " workshops, " << others
        << " workshops of other products in the library (offscreen, to the painted frame, "
        << "median of " << runs << ")\n";
    out << "  reading the history:     " << QString::number(median(read), 'f', 1) << " ms\n";
    out << "  first opening:           " << QString::number(first, 'f', 1)
        << " ms (budget 50; one run), every card built after " << QString::number(allCards, 'f', 1)
        << " ms\n";
    out << "  product page:            " << QString::number(median(page), 'f', 1)
        << " ms (budget 50)\n";
    out << "  compare oldest, newest:  " << QString::number(median(compare), 'f', 1)
        << " ms (budget 50)\n";
    out << "  back to the page:        " << QString::number(median(back), 'f', 1)
        << " ms (budget 50)\n";
    return 0;
}
