// Team library figures against a private PostgreSQL 15 (tests/support/PostgresCluster):
// a team library of 100,000 workshops seeded by one SQL statement (the same every time), then
// the queries a Team view makes — the first page, a search keystroke, a sort — and publishing
// and taking a copy of a 200-candidate workshop. Medians of several runs; goal ≤ 100 ms for
// each list query. Usage: bench_team_library [WORKSHOPS]
#include "PostgresCluster.h"
#include "SeededLibrary.h"
#include "domain/ProductName.h"

#include "storage/Database.h"
#include "storage/TeamLibrary.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

// The Team view's cap on counting matches (ui/team/TeamListModel.h; the bench is model-only).
constexpr qint64 ViewCountCap = 1000;

double medianMs(QList<qint64> nanoseconds) {
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds.isEmpty() ? -1 : double(nanoseconds[nanoseconds.size() / 2]) / 1e6;
}

double timed(int runs, const std::function<bool()>& step) {
    QList<qint64> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        if (!step())
            return -1;
        times << timer.nsecsElapsed();
    }
    return medianMs(times);
}

QString ms(double value) {
    return value < 0 ? QStringLiteral("failed")
                     : QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    PostgresCluster cluster;
    if (!cluster.start()) {
        err << cluster.error() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("source.sqlite"));
    if (const QString why = SeededLibrary::seed(sourcePath, 1, 200); !why.isEmpty()) {
        err << why << Qt::endl;
        return 1;
    }
    Database source(sourcePath);
    Database target(dir.filePath(QStringLiteral("target.sqlite")));
    if (!source.open() || !target.open()) {
        err << source.errorMessage() << target.errorMessage() << Qt::endl;
        return 1;
    }
    WorkshopStore sourceStore(source);
    WorkshopStore targetStore(target);
    const qint64 localId = sourceStore.workshopSummaries().first().id;
    TeamLibrary team(cluster.keyValue(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    if (!team.open()) {
        err << team.lastError() << Qt::endl;
        return 1;
    }

    out << "team library: publish and take a copy of a 200-candidate workshop, median of 7\n";
    std::optional<TeamLibrary::Published> published;
    out << "  publish (new):    " << ms(timed(1, [&] {
        return (published = team.publish(sourceStore, localId)).has_value();
    })) << '\n';
    out << "  publish (again):  "
        << ms(timed(7, [&] { return team.publish(sourceStore, localId).has_value(); })) << '\n';
    out << "  take a copy:      "
        << ms(timed(7, [&] { return team.take(targetStore, published->teamId).has_value(); }))
        << '\n';

    // The seed: `count` rows sharing that workshop's document, with varied list columns.
    QElapsedTimer seeding;
    seeding.start();
    // In slices: the server computes each row's stage and candidate count from its document
    // (team schema 2), and one statement for all of them would outlast psql's time limit.
    constexpr int Slice = 10000;
    for (int first = 1; first < count; first += Slice) {
        const auto seeded = cluster.sql(
            QStringLiteral(
                "INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, "
                "held_at, north_star, document) SELECT 'seed/' || g, 'Workshop ' || g || ' ' || "
                "(ARRAY['Harvest', 'Orbit', 'Lumen', 'Cartwheel', 'Tidal'])[g % 5 + 1], "
                "'Product ' || (g::bigint * 7919 % 997), 'Facilitator ' || (g % 83), timestamptz "
                "'2024-01-01' + g * interval '7 minutes', 'North Star ' || (g::bigint * 104729 % "
                "4999), (SELECT document FROM lodestar.team_workshop WHERE id = %1) FROM "
                "generate_series(%2, %3) g")
                .arg(published->teamId)
                .arg(first)
                .arg(qMin(first + Slice - 1, count - 1)));
        if (!seeded) {
            err << cluster.error() << Qt::endl;
            return 1;
        }
    }
    if (!cluster.sql(QStringLiteral("ANALYZE lodestar.team_workshop"))) {
        err << cluster.error() << Qt::endl;
        return 1;
    }
    out << "team library of " << team.workshopCount().value_or(-1) << " workshops (seeded in "
        << seeding.elapsed() << " ms), median of 9, goal 100 ms each\n";
    TeamListQuery page;
    page.limit = 100;
    out << "  first page (100, latest first): "
        << ms(timed(9, [&] { return team.workshops(page).has_value(); })) << '\n';
    // A keystroke asks for the count and the first page, as the Team view does: counting
    // every match (before) or stopping past the view's cap, "more than 1,000" (now).
    const QString typed = QStringLiteral("harvest 12");
    for (const qint64 cap : {qint64(0), ViewCountCap}) {
        TeamListQuery search = page;
        QList<qint64> keystrokes;
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            search.search = typed.left(i);
            QElapsedTimer timer;
            timer.start();
            if (!team.workshopCount(search.search, cap) || !team.workshops(search))
                return 1;
            keystrokes << timer.nsecsElapsed();
        }
        out << "  search keystroke (count "
            << (cap ? QStringLiteral("up to %1").arg(cap) : QStringLiteral("exact"))
            << " + page), typing \"" << typed << "\": " << ms(medianMs(keystrokes)) << " (slowest "
            << ms(*std::max_element(keystrokes.begin(), keystrokes.end()) / 1e6) << ")\n";
    }
    for (const auto& [name, sort] : {std::pair{"title", TeamListQuery::Sort::Title},
                                     std::pair{"North Star", TeamListQuery::Sort::NorthStar},
                                     std::pair{"workshop date", TeamListQuery::Sort::HeldAt},
                                     std::pair{"stage reached", TeamListQuery::Sort::Stage},
                                     std::pair{"candidates", TeamListQuery::Sort::Candidates}}) {
        for (const bool descending : {false, true}) {
            TeamListQuery sorted = page;
            sorted.sort = sort;
            sorted.descending = descending;
            out << "  sort by " << name << (descending ? " (descending): " : ": ")
                << ms(timed(9, [&] { return team.workshops(sorted).has_value(); })) << '\n';
        }
    }
    TeamListQuery last = page;
    last.offset = count - 100;
    out << "  last page: " << ms(timed(9, [&] { return team.workshops(last).has_value(); }))
        << '\n';
    // A product's page: one product's team workshops (some hundred of the seed's), found by the
    // product key's index, every document read and checked as an imported file.
    // A hundred of the seed's rows become the source workshop's own product, as published.
    const QString product = sourceStore.workshopSummaries().first().product;
    if (!cluster.sql(QStringLiteral("UPDATE lodestar.team_workshop SET product = document #>> "
                                    "'{workshop,product}' WHERE id % 1000 = 0"))) {
        err << cluster.error() << Qt::endl;
        return 1;
    }
    const QString rows = cluster
                             .sql(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop "
                                                 "WHERE product = '%1' AND withdrawn_at IS NULL")
                                      .arg(product))
                             .value_or(QStringLiteral("?"))
                             .trimmed();
    std::optional<TeamLibrary::ProductWorkshops> found;
    const double productMs = timed(3, [&] {
        found = team.productWorkshops(ProductName::key(product), {product}, sourcePath, {});
        return found.has_value();
    });
    out << "  product page (" << rows << " rows of the product, the latest "
        << TeamLibrary::ProductPageLimit + 1 << " read with their 200-candidate documents, "
        << (found ? found->workshops.size() : -1) << " shown), median of 3: " << ms(productMs)
        << '\n';
    return 0;
}
