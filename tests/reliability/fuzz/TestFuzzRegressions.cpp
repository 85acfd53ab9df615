// Replays the fuzzer's seed corpus and every input it ever found a problem with, in the
// normal suite, so a fixed bug stays fixed without clang or libFuzzer.
#include "OpenCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void openerKeepsItsPromise_data();
    void openerKeepsItsPromise();
};

void TestFuzzRegressions::openerKeepsItsPromise_data() {
    QTest::addColumn<QString>("input");
    for (const char* folder : {"corpus", "regressions"}) {
        const QDir dir(QStringLiteral(LODESTAR_FUZZ_DIR "/") + QLatin1String(folder));
        for (const QString& name : dir.entryList(QDir::Files))
            QTest::newRow(qPrintable(QLatin1String(folder) + u'/' + name)) << dir.filePath(name);
    }
}

void TestFuzzRegressions::openerKeepsItsPromise() {
    QFETCH(QString, input);
    QFile file(input);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString problem = OpenCheck::checkOpen(file.readAll(), dir.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
