// CONNINFO as libpq takes it, parsed into the keywords QPSQL is given: URIs and key=value.
#include "storage/TeamConnInfo.h"

#include <QSqlDatabase>
#include <QTest>

namespace {

using Keywords = QMap<QString, QString>;

Keywords keys(std::initializer_list<std::pair<const char*, const char*>> pairs) {
    Keywords map;
    for (const auto& [key, value] : pairs)
        map.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return map;
}

} // namespace

class TestTeamConnInfo : public QObject {
    Q_OBJECT

private slots:
    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Keywords>("keywords");
        QTest::newRow("URI, everything")
            << QStringLiteral("postgresql://alice:s%40cr%20t@db.example.org:6432/team"
                              "?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem")
            << keys({{"user", "alice"},
                     {"password", "s@cr t"},
                     {"host", "db.example.org"},
                     {"port", "6432"},
                     {"dbname", "team"},
                     {"sslmode", "verify-full"},
                     {"sslrootcert", "/etc/ca.pem"}});
        QTest::newRow("URI, postgres scheme, no port")
            << QStringLiteral("postgres://bob@localhost/lodestar")
            << keys({{"user", "bob"}, {"host", "localhost"}, {"dbname", "lodestar"}});
        QTest::newRow("URI, IPv6") << QStringLiteral("postgresql://[::1]:5433/x")
                                   << keys({{"host", "::1"}, {"port", "5433"}, {"dbname", "x"}});
        QTest::newRow("URI, socket folder")
            << QStringLiteral("postgresql://%2Frun%2Fpostgresql/lodestar")
            << keys({{"host", "/run/postgresql"}, {"dbname", "lodestar"}});
        QTest::newRow("URI, two hosts")
            << QStringLiteral("postgresql://a:1,b:2/db")
            << keys({{"host", "a,b"}, {"port", "1,2"}, {"dbname", "db"}});
        QTest::newRow("URI, nothing but the scheme") << QStringLiteral("postgresql://") << keys({});
        QTest::newRow("key=value") << QStringLiteral("host=/path/to/socket dbname=lodestar")
                                   << keys({{"host", "/path/to/socket"}, {"dbname", "lodestar"}});
        QTest::newRow("key=value, quoted and spaced")
            << QStringLiteral("  user = 'o\\'brien'  password='a b\\\\c' port =5432 ")
            << keys({{"user", "o'brien"}, {"password", "a b\\c"}, {"port", "5432"}});
        QTest::newRow("key=value, hostile") << QStringLiteral("application_name='🚀 \"<b>\" مرحبا'")
                                            << keys({{"application_name", "🚀 \"<b>\" مرحبا"}});
    }
    void parses() {
        QFETCH(QString, text);
        QFETCH(Keywords, keywords);
        QString error;
        const auto info = TeamConnInfo::parse(text, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->keywords(), keywords);
        QVERIFY(!info->describe().contains(QStringLiteral("s@cr t")));
    }

    void givesTheDriverItsFields() {
        QString error;
        const auto info = TeamConnInfo::parse(
            QStringLiteral("postgresql://o%27brien:pa%3Bss@db.example.org:6432/team?sslmode="
                           "verify-full&sslrootcert=%2Fca%20dir%2Fca.pem"),
            &error);
        QVERIFY2(info, qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
        QVERIFY(info->applyTo(db, &error));
        QCOMPARE(db.hostName(), QStringLiteral("db.example.org"));
        QCOMPARE(db.userName(), QStringLiteral("o'brien"));
        QCOMPARE(db.password(), QStringLiteral("pa;ss")); // the driver quotes these itself
        QCOMPARE(db.databaseName(), QStringLiteral("team"));
        const QStringList options = db.connectOptions().split(u' ');
        QVERIFY(options.contains(QStringLiteral("port='6432'")));
        QVERIFY(options.contains(QStringLiteral("sslmode='verify-full'")));
        QVERIFY(db.connectOptions().contains(QStringLiteral("sslrootcert='/ca dir/ca.pem'")));
        // An absent server fails within seconds unless CONNINFO asks for longer; a statement
        // the server cannot finish, and a server gone mid-request, end a request too.
        QVERIFY(options.contains(QStringLiteral("connect_timeout=10")));
        QVERIFY(
            db.connectOptions().contains(QStringLiteral("options='-c statement_timeout=30000'")));
        QVERIFY(options.contains(QStringLiteral("keepalives=1")));
        QVERIFY(options.contains(QStringLiteral("keepalives_idle=15")));
        QVERIFY(options.contains(QStringLiteral("tcp_user_timeout=30000")));
        QCOMPARE(info->describe(), QStringLiteral("o'brien@db.example.org:6432/team"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("t"));

        // What CONNINFO says wins; server options it gives keep theirs beside the timeout.
        const auto own = TeamConnInfo::parse(
            QStringLiteral("host=h options='-c search_path=team' keepalives=0 tcp_user_timeout=5"),
            &error);
        QVERIFY2(own, qPrintable(error));
        QSqlDatabase mine = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("v"));
        QVERIFY(own->applyTo(mine, &error));
        const QString given = mine.connectOptions();
        QVERIFY2(given.contains(
                     QStringLiteral("options='-c search_path=team -c statement_timeout=30000'")),
                 qPrintable(given));
        QCOMPARE(given.count(QStringLiteral("options=")), 1);
        QVERIFY(given.contains(QStringLiteral("keepalives='0'")));
        QVERIFY(!given.contains(QStringLiteral("keepalives=1")));
        QVERIFY(given.contains(QStringLiteral("tcp_user_timeout='5'")));
        QVERIFY(!given.contains(QStringLiteral("tcp_user_timeout=30000")));
        const auto longer =
            TeamConnInfo::parse(QStringLiteral("host=h options='-c statement_timeout=0'"), &error);
        QVERIFY(longer->applyTo(mine, &error));
        QVERIFY(mine.connectOptions().contains(QStringLiteral("options='-c statement_timeout=0'")));
        QVERIFY(!mine.connectOptions().contains(QStringLiteral("30000'")));
        mine = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v"));

        const auto semicolon = TeamConnInfo::parse(QStringLiteral("sslrootcert=/a;b"), &error);
        QVERIFY(semicolon);
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("u"));
        QVERIFY(!semicolon->applyTo(other, &error));
        QVERIFY2(error.contains(QStringLiteral("semicolon")), qPrintable(error));
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("u"));
    }

    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("no equals") << QStringLiteral("host");
        QTest::newRow("unclosed quote") << QStringLiteral("host='/tmp");
        QTest::newRow("bad URI setting") << QStringLiteral("postgresql://h/db?sslmode");
    }
    void refuses() {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!TeamConnInfo::parse(text, &error));
        QVERIFY2(error.contains(QStringLiteral("postgresql://")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTeamConnInfo)
#include "TestTeamConnInfo.moc"
