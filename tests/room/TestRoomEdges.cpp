// The room's small edges (issue #17's leftovers): the icon browsers ask for on every load,
// and the cap on connections from one address, so one device cannot exhaust the laptop.
#include "RoomHarness.h"

#include <QTest>

class TestRoomEdges : public QObject {
    Q_OBJECT

private slots:
    void servesTheIconForALongTime();
};

void TestRoomEdges::servesTheIconForALongTime() {
    RoomHarness room;
    // Browsers ask for /favicon.ico on every load; the page links /icon.svg. Both are the
    // app's mark, kept by the browser for 30 days; every other header as for the page.
    for (const QString& path : {QStringLiteral("/favicon.ico"), QStringLiteral("/icon.svg")}) {
        const HttpReply icon = room.get(path);
        QCOMPARE(icon.status, 200);
        QCOMPARE(icon.headers.value("content-type"), QByteArray("image/svg+xml"));
        QVERIFY(icon.body.contains("<svg"));
        QVERIFY(icon.body.contains("#14213D")); // the brand's navy
        QCOMPARE(icon.headers.value("cache-control"), QByteArray("public, max-age=2592000"));
        QCOMPARE(icon.headers.value("content-security-policy"), QByteArray("default-src 'self'"));
        QCOMPARE(icon.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(icon.headers.value("x-frame-options"), QByteArray("DENY"));
    }
    QVERIFY(room.get(QStringLiteral("/"))
                .body.contains(R"(<link rel="icon" href="/icon.svg" type="image/svg+xml">)"));
    // Only the GET of those two paths: anything near them is still nothing, and not kept.
    for (const QString& path : {QStringLiteral("/favicon.png"), QStringLiteral("/icon.svg/x"),
                                QStringLiteral("/FAVICON.ICO")}) {
        const HttpReply other = room.get(path);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.headers.value("cache-control"), QByteArray("no-store"));
    }
    const HttpReply posted = room.post(QStringLiteral("/favicon.ico"), "{}");
    QCOMPARE(posted.status, 404);
    QCOMPARE(posted.headers.value("cache-control"), QByteArray("no-store"));
    // A wrong Host gets no icon either.
    const HttpReply misdirected =
        room.get(QStringLiteral("/favicon.ico"), {{"Host", "evil.example:80"}});
    QCOMPARE(misdirected.status, 421);
    QCOMPARE(misdirected.headers.value("cache-control"), QByteArray("no-store"));
}

QTEST_GUILESS_MAIN(TestRoomEdges)
#include "TestRoomEdges.moc"
