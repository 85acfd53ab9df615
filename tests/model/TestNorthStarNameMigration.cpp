// Migration 14 (issue #16): the chosen North Star's name kept on the workshop row, so that
// `lodestar --list` reads one index. A version 13 library is updated to it, and every way a
// workshop's choice or its candidate changes (the app, an import, plain SQL with or without
// foreign keys) leaves the kept name equal to the join it replaces.
#include "RawSqlite.h"
#include "TestLibrary.h"

#include "exchange/WorkshopDocument.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString ApplicationIdPragma = QStringLiteral("PRAGMA application_id=1280263251");

bool exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

// Workshops whose kept name is not what the join with their chosen candidate gives, as
// "id: kept ≠ joined"; empty when every one agrees.
QStringList disagreements(Database& db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT w.id, w.north_star_name, COALESCE(ns.name, '') FROM "
                               "workshop w LEFT JOIN candidate ns ON ns.id = w.north_star_id "
                               "WHERE w.north_star_name IS NOT COALESCE(ns.name, '')")))
        return {q.lastError().text()};
    QStringList result;
    while (q.next())
        result << QStringLiteral("%1: %2 ≠ %3")
                      .arg(q.value(0).toLongLong())
                      .arg(q.value(1).toString(), q.value(2).toString());
    return result;
}

QString keptName(Database& db, qint64 workshopId) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT north_star_name FROM workshop WHERE id = ?"));
    q.addBindValue(workshopId);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
}

QStringList listed(const WorkshopStore& store) {
    QStringList rows;
    QString error;
    const bool read = store.listWorkshops(
        [&rows](const WorkshopStore::ListedWorkshop& w) {
            rows << QString::number(w.id) + u' ' + QString::fromUtf8(w.title) + u' ' +
                        QString::fromUtf8(w.northStar);
        },
        &error);
    if (!read)
        rows << error;
    return rows;
}

} // namespace

class TestNorthStarNameMigration : public QObject {
    Q_OBJECT

private slots:
    void updatesAVersion13Library();
    void everyWriterKeepsTheName();
    void plainSqlKeepsTheName();
};

// A version 13 library, as the last release wrote it: a chosen North Star, one not chosen, a
// choice that names no candidate (foreign keys were off), a workshop in the trash.
void TestNorthStarNameMigration::updatesAVersion13Library() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v13.sqlite"));
    QStringList statements{ApplicationIdPragma};
    for (int version = 1; version <= 13; ++version)
        statements += Migrations::step(version);
    statements += {
        QStringLiteral("INSERT INTO workshop (id, title, created_at, updated_at) VALUES "
                       "(1, 'Chosen', '2026-01-05T09:00:00.000Z', '2026-01-07T09:00:00.000Z'), "
                       "(2, 'Open', '2026-01-05T09:00:00.000Z', '2026-01-06T09:00:00.000Z'), "
                       "(3, 'Dangling', '2026-01-05T09:00:00.000Z', '2026-01-06T09:00:00.000Z'), "
                       "(4, 'Trashed', '2026-01-05T09:00:00.000Z', '2026-01-08T09:00:00.000Z')"),
        QStringLiteral("INSERT INTO candidate (id, workshop_id, kind, name) VALUES "
                       "(7, 1, 'own', 'Weekly planners'), (8, 2, 'own', 'Not chosen'), "
                       "(9, 4, 'own', 'In the trash')"),
        QStringLiteral("UPDATE workshop SET north_star_id = 7 WHERE id = 1"),
        QStringLiteral("UPDATE workshop SET north_star_id = 99 WHERE id = 3"),
        QStringLiteral("UPDATE workshop SET north_star_id = 9, deleted_at = "
                       "'2026-01-09T09:00:00.000Z' WHERE id = 4"),
        QStringLiteral("PRAGMA user_version=13"),
    };
    QVERIFY(writeRawSqlite(path, statements));

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 14);
    QCOMPARE(Database::SchemaVersion, 14);
    QCOMPARE(disagreements(db), QStringList());
    QCOMPARE(keptName(db, 1), QStringLiteral("Weekly planners"));
    QCOMPARE(keptName(db, 4), QStringLiteral("In the trash"));
    // Ties in the last change (2 and 3) by id, the latest first; the trash left out.
    WorkshopStore store(db);
    QCOMPARE(listed(store),
             QStringList({QStringLiteral("1 Chosen Weekly planners"), QStringLiteral("3 Dangling "),
                          QStringLiteral("2 Open ")}));
    // The list is one read of the listing index: no table row, no candidate, no sort.
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, title, product, updated_at, "
                                  "current_stage, north_star_name FROM workshop WHERE "
                                  "deleted_at IS NULL ORDER BY updated_at DESC, id DESC")));
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    QCOMPARE(steps,
             QStringList{QStringLiteral("SCAN workshop USING COVERING INDEX library_listing")});
    // One backup, of the version 13 file.
    QCOMPARE(QDir(db.backupFolder()).entryList(QDir::Files).size(), 1);
}

// The app's own writes: choosing, renaming, clearing, removing the chosen candidate and
// choosing again, a duplicate, and an import of a workshop with its North Star.
void TestNorthStarNameMigration::everyWriterKeepsTheName() {
    TestLibrary library;
    QVERIFY(library.isOpen());
    WorkshopStore& store = library.store();
    Database& db = library.database();
    const qint64 workshop = library.addWorkshop(QStringLiteral("Meal kits"));
    QVERIFY(workshop);
    const auto first = store.addCandidate(makeCandidate(workshop, QStringLiteral("Meals cooked")));
    const auto second = store.addCandidate(makeCandidate(workshop, QStringLiteral("Boxes kept")));
    QVERIFY(first && second);
    QCOMPARE(keptName(db, workshop), QString());

    QVERIFY(store.setNorthStar(workshop, *first));
    QCOMPARE(keptName(db, workshop), QStringLiteral("Meals cooked"));
    Candidate renamed = *store.candidate(*first);
    renamed.name = QStringLiteral("Weekly meals cooked");
    QVERIFY(store.updateCandidate(renamed));
    QCOMPARE(keptName(db, workshop), QStringLiteral("Weekly meals cooked"));
    QVERIFY(store.setNorthStar(workshop, 0));
    QCOMPARE(keptName(db, workshop), QString());
    QVERIFY(store.setNorthStar(workshop, *second));
    QCOMPARE(keptName(db, workshop), QStringLiteral("Boxes kept"));
    QVERIFY(store.removeCandidate(*second)); // the choice empties with it
    QCOMPARE(keptName(db, workshop), QString());
    QVERIFY(store.setNorthStar(workshop, *first));
    QCOMPARE(disagreements(db), QStringList());

    const auto copy = store.duplicateWorkshop(workshop, QStringLiteral("Copy"));
    QVERIFY(copy);
    QString error;
    const auto doc = WorkshopDocument::load(store, workshop, &error);
    QVERIFY2(doc, qPrintable(error));
    const auto imported = store.importWorkshop(*doc);
    QVERIFY2(imported, qPrintable(store.lastError()));
    QCOMPARE(keptName(db, *imported), QStringLiteral("Weekly meals cooked"));
    QCOMPARE(disagreements(db), QStringList());
}

// Writers that bypass the store: another program, or SQL with foreign keys off, which can
// leave a choice naming no candidate and then add a candidate under that id.
void TestNorthStarNameMigration::plainSqlKeepsTheName() {
    TestLibrary library;
    QVERIFY(library.isOpen());
    Database& db = library.database();
    QVERIFY(exec(db, QStringLiteral("INSERT INTO workshop (id, title, created_at, updated_at, "
                                    "north_star_id) VALUES (1, 'Raw', '2026-01-05T09:00:00Z', "
                                    "'2026-01-05T09:00:00Z', NULL)")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO candidate (id, workshop_id, name) VALUES "
                                    "(5, 1, 'Five'), (6, 1, 'Six')")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO workshop (id, title, created_at, updated_at, "
                                    "north_star_id) VALUES (2, 'Inserted chosen', "
                                    "'2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', 6)")));
    QCOMPARE(keptName(db, 2), QStringLiteral("Six"));
    QVERIFY(exec(db, QStringLiteral("UPDATE workshop SET north_star_id = 5 WHERE id = 1")));
    QCOMPARE(keptName(db, 1), QStringLiteral("Five"));
    QVERIFY(exec(db, QStringLiteral("UPDATE candidate SET name = 'Six, renamed' WHERE id = 6")));
    QCOMPARE(keptName(db, 2), QStringLiteral("Six, renamed"));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM candidate WHERE id = 5"))); // ON DELETE SET NULL
    QCOMPARE(keptName(db, 1), QString());
    QCOMPARE(disagreements(db), QStringList());

    QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys=OFF")));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM candidate WHERE id = 6"))); // the choice stays
    QCOMPARE(keptName(db, 2), QString());
    QVERIFY(exec(db, QStringLiteral("UPDATE workshop SET north_star_id = 77 WHERE id = 1")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO candidate (id, workshop_id, name) VALUES "
                                    "(77, 1, 'Late arrival')")));
    QCOMPARE(keptName(db, 1), QStringLiteral("Late arrival"));
    QVERIFY(exec(db, QStringLiteral("UPDATE candidate SET id = 78 WHERE id = 77")));
    QCOMPARE(keptName(db, 1), QString());
    QVERIFY(exec(db, QStringLiteral("UPDATE candidate SET id = 6 WHERE id = 78")));
    QCOMPARE(keptName(db, 2), QStringLiteral("Late arrival"));
    QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys=ON")));
    QCOMPARE(disagreements(db), QStringList());
}

QTEST_GUILESS_MAIN(TestNorthStarNameMigration)
#include "TestNorthStarNameMigration.moc"
