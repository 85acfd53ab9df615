// Issue 16, through the real executable: `lodestar --list` prints, byte for byte, what it
// printed before it was made quick (titles in any script, quotes, tabs and line breaks, last
// updates stored in every form the library may hold, deleted workshops left out), refuses a
// file that is not a Lodestar library, and prints nothing of a library with a damaged page,
// instead of a list cut short with success.
#include "AppRun.h"
#include "TestLibrary.h"

#include "storage/SqlSupport.h"
#include "storage/SqliteRows.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

AppRun list(const QString& library) {
    return runApp(QStringLiteral(LODESTAR_APP),
                  {QStringLiteral("--list"), QStringLiteral("--database"), library});
}

bool setUpdatedAt(Database& database, qint64 id, const QString& text) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE workshop SET updated_at = ? WHERE id = ?"));
    query.addBindValue(text);
    query.addBindValue(id);
    return query.exec();
}

} // namespace

class TestListOutput : public QObject {
    Q_OBJECT

private slots:
    void updateTimesPrintAsBefore_data();
    void updateTimesPrintAsBefore();
    void storedBytesPrintAsTheDriverReadsThem();
    void printsEveryWorkshopByteForByte();
    void invalidUtf8PrintsAsBefore();
    void refusesAForeignDatabase();
    void damagedPagePrintsNothingAndFails();
};

void TestListOutput::updateTimesPrintAsBefore_data() {
    QTest::addColumn<QString>("stored");
    QTest::newRow("as written") << "2026-03-14T09:30:00.123Z";
    QTest::newRow("no milliseconds") << "2026-03-14T09:30:00Z";
    QTest::newRow("an offset") << "2026-03-14T11:30:00+02:00";
    QTest::newRow("leap day") << "2024-02-29T23:59:59.999Z";
    QTest::newRow("no such day") << "2026-02-30T10:00:00.000Z";
    QTest::newRow("no such month") << "2026-13-01T10:00:00.000Z";
    QTest::newRow("end of day") << "2026-03-14T24:00:00.000Z";
    QTest::newRow("leap second") << "2026-06-30T23:59:60.000Z";
    QTest::newRow("year 999") << "0999-01-01T00:00:00.000Z";
    QTest::newRow("year 0") << "0000-01-01T00:00:00.000Z";
    QTest::newRow("letters") << "2026-0x-14T09:30:00.000Z";
    QTest::newRow("date only") << "2026-03-14";
    QTest::newRow("empty") << "";
}

// The quick path must print what parsing and printing with QDateTime printed.
void TestListOutput::updateTimesPrintAsBefore() {
    QFETCH(QString, stored);
    QByteArray spare;
    QCOMPARE(SqlSupport::isoSecondsFromUtf8(stored.toUtf8(), &spare).toByteArray(),
             SqlSupport::timeFromText(stored).toString(Qt::ISODate).toUtf8());
}

// The list takes SQLite's UTF-8 as it is when decoding and encoding it again would give it
// back unchanged; every other text must print as it did when each was read through UTF-16
// and the whole list encoded by QStringEncoder.
void TestListOutput::storedBytesPrintAsTheDriverReadsThem() {
    QList<QByteArray> texts = {
        "",
        "plain",
        QByteArray("a\0b", 3),
        "\xC3\xB6",
        "\xE2\x80\x94",
        "\xF0\x9F\x8D\xB2",
        "\xF4\x8F\xBF\xBF",
        "\xEE\x80\x80",
        "\xEF\xBB\xBF"
        "bom",
        "\xEF\xBF\xBD",
        "\xEF\xBF\xBE",
        "\xEF\xBF\xBF",
        "\xC0\x80",
        "\xC1\xBF",
        "\xE0\x80\x80",
        "\xE0\x9F\xBF",
        "\xED\xA0\x80",
        "\xED\xBF\xBF",
        "\xED\x9F\xBF",
        "\xF0\x8F\xBF\xBF",
        "\xF4\x90\x80\x80",
        "\xF5\x80\x80\x80",
        "\xE2\x82",
        "x\x80y",
        "\xF0\x9F\x8D",
        "\xFF\xFE",
    };
    // And short random byte strings, mostly from the bytes that start or continue UTF-8.
    QRandomGenerator random(16);
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes(1 + random.bounded(6), Qt::Uninitialized);
        for (char& byte : bytes)
            byte =
                char(random.bounded(4) == 0 ? random.bounded(0x80) : 0x80 + random.bounded(0x80));
        texts << bytes;
    }
    TestLibrary library;
    QVERIFY(library.isOpen());
    QSqlQuery sql(library.database().connection());
    QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TABLE stored (text TEXT)")));
    QVERIFY(sql.prepare(QStringLiteral("INSERT INTO stored VALUES (CAST(? AS TEXT))")));
    for (const QByteArray& bytes : texts) {
        sql.addBindValue(bytes);
        QVERIFY(sql.exec());
    }
    SqliteRows rows(library.database().connection(),
                    QStringLiteral("SELECT text FROM stored ORDER BY rowid"));
    QVERIFY(rows.prepared());
    int row = 0;
    QByteArray spare;
    while (rows.next()) {
        const QByteArray printed = rows.utf8(0, &spare).toByteArray();
        const QByteArray before = QStringEncoder(QStringEncoder::Utf8).encode(rows.text(0));
        if (printed != before)
            qWarning().noquote() << texts.at(row).toHex(' ');
        QCOMPARE(printed, before);
        ++row;
    }
    QCOMPARE(row, texts.size());
    QCOMPARE(rows.error(), QString());
}

void TestListOutput::printsEveryWorkshopByteForByte() {
    TestLibrary library;
    QVERIFY(library.isOpen());
    WorkshopStore& store = library.store();
    const QStringList titles = {
        QStringLiteral("Meal-kit \"North Star\" — it's 'ours'"),
        QString::fromUtf8("Emoji \xF0\x9F\x9A\x80 \xE2\xAD\x90\xEF\xB8\x8F "
                          "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x8D\xB3"),
        QString::fromUtf8("\xD9\x86\xD8\xAC\xD9\x85 \xD8\xA7\xD9\x84\xD8\xB4\xD9\x85\xD8\xA7"
                          "\xD9\x84 \xD7\x9E\xD7\x93\xD7\x93 (RTL)"),
        QStringLiteral("Tabs\tand\nline\r\nbreaks\t"),
        QStringLiteral("Gone to the trash"),
        QStringLiteral("Stray ") + QChar(0xD800) + QStringLiteral(" surrogate"),
    };
    const QStringList stored = {
        QStringLiteral("2026-03-14T09:30:00.123Z"), QStringLiteral("2026-03-14T11:30:00+02:00"),
        QStringLiteral("2026-02-30T10:00:00.000Z"), QStringLiteral("0999-01-01T00:00:00.000Z"),
        QStringLiteral("2027-01-01T00:00:00.000Z"), QStringLiteral("2026-03-14T24:00:00.000Z"),
    };
    QList<qint64> ids;
    for (const QString& title : titles)
        ids << library.addWorkshop(title);
    QVERIFY(!ids.contains(0));
    Workshop first = *store.workshop(ids.at(0));
    first.product = QString::fromUtf8("Pr\xC3\xB6"
                                      "duct\twith a tab");
    QVERIFY(store.updateWorkshop(first));
    QVERIFY(store.setCurrentStage(ids.at(0), QStringLiteral("decide")));
    const auto star = store.addCandidate(
        makeCandidate(ids.at(0), QString::fromUtf8("Weekly \xF0\x9F\x8D\xB2 cooked\nmeals")));
    QVERIFY(star);
    QVERIFY(store.setNorthStar(ids.at(0), *star));
    QVERIFY(store.deleteWorkshop(ids.at(4)));
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(setUpdatedAt(library.database(), ids.at(i), stored.at(i)));
    library.close();

    const AppRun run = list(library.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    // What --list printed before issue 16's changes, for this library: the latest update
    // first (as stored text), the trash left out, tabs and line breaks as spaces, an
    // impossible date as nothing, and the stray surrogate as SQLite stored it.
    const QByteArray expected =
        "6\tStray \xF0\x90\x80\xA0surrogate\tTest product\t2026-03-15T00:00:00Z\t\t\n"
        "2\tEmoji \xF0\x9F\x9A\x80 \xE2\xAD\x90\xEF\xB8\x8F \xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD"
        "\xE2\x80\x8D\xF0\x9F\x8D\xB3\tTest product\t2026-03-14T09:30:00Z\t\t\n"
        "1\tMeal-kit \"North Star\" \xE2\x80\x94 it's 'ours'\tPr\xC3\xB6"
        "duct with a tab\t2026-03-14T09:30:00Z\tdecide\tWeekly \xF0\x9F\x8D\xB2 cooked meals\n"
        "3\t\xD9\x86\xD8\xAC\xD9\x85 \xD8\xA7\xD9\x84\xD8\xB4\xD9\x85\xD8\xA7\xD9\x84 \xD7\x9E"
        "\xD7\x93\xD7\x93 (RTL)\tTest product\t\t\t\n"
        "4\tTabs and line  breaks \tTest product\t0999-01-01T00:00:00Z\t\t\n";
    if (run.out != expected)
        qWarning().noquote() << run.out.toHex(' ');
    QCOMPARE(run.out, expected);
}

// Bytes that are not UTF-8 in a text column (another program wrote them): printed as Qt's
// driver read them, through SQLite's UTF-16, though --list now reads SQLite's UTF-8.
void TestListOutput::invalidUtf8PrintsAsBefore() {
    TestLibrary library;
    QVERIFY(library.isOpen());
    const qint64 id = library.addWorkshop(QStringLiteral("Replaced below"));
    QVERIFY(id);
    QSqlQuery update(library.database().connection());
    QVERIFY(update.exec(QStringLiteral("UPDATE workshop SET title = CAST(X'4261642DFF2D62C3' "
                                       "AS TEXT), product = CAST(X'EDA080F0288CBC' AS TEXT)")));
    QVERIFY(setUpdatedAt(library.database(), id, QStringLiteral("2026-03-14T09:30:00.000Z")));
    library.close();
    const AppRun run = list(library.path());
    QCOMPARE(run.exitCode, 0);
    // What --list printed before it read SQLite's UTF-8 itself.
    const QByteArray expected = "1\tBad-\xEF\xBF\xBD-b\xEF\xBF\xBD\t\xEF\xBF\xBD\xEF\xBF\xBD("
                                "\xC2\x8C\xC2\xBC\t2026-03-14T09:30:00Z\t\t\n";
    if (run.out != expected)
        qWarning().noquote() << run.out.toHex(' ');
    QCOMPARE(run.out, expected);
}

void TestListOutput::refusesAForeignDatabase() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE workshop (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(path);
    const AppRun run = list(path);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("another program")), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(fileHash(path), before);
}

void TestListOutput::damagedPagePrintsNothingAndFails() {
    TestLibrary library;
    QVERIFY(library.isOpen());
    // Enough workshops for the table to span many pages, one of which is then scribbled on.
    QVERIFY(library.store().batch([&] {
        for (int i = 0; i < 400; ++i)
            if (!library.addWorkshop(QStringLiteral("Workshop %1 ").arg(i) +
                                     QString(120, QLatin1Char('x'))))
                return false;
        return true;
    }));
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlQuery query(library.database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        if (!query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'workshop' AND "
                                       "pagetype = 'leaf' ORDER BY pageno")))
            QSKIP("this SQLite has no dbstat table to find a page of the workshops with");
        QList<qint64> leaves;
        while (query.next())
            leaves << query.value(0).toLongLong();
        QVERIFY2(leaves.size() > 4, "the workshops should span several pages");
        page = leaves.at(leaves.size() / 2);
    }
    library.close();
    {
        QFile file(library.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(int(pageSize), '\xFF')), pageSize);
    }
    const QByteArray before = fileHash(library.path());
    const AppRun run = list(library.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(fileHash(library.path()), before);
}

QTEST_GUILESS_MAIN(TestListOutput)
#include "TestListOutput.moc"
