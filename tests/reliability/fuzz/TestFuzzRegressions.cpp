// Replays the fuzzers' seed corpora and every input they ever found a problem with, in the
// normal suite, so a fixed bug stays fixed without clang or libFuzzer. Regressions whose
// name starts with "json-" belong to the JSON-import fuzzer, the others to the opener.
#include "JsonImportCheck.h"
#include "OpenCheck.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addRows(const char* folder, bool json) {
    const QDir dir(QStringLiteral(LODESTAR_FUZZ_DIR "/") + QLatin1String(folder));
    for (const QString& name : dir.entryList(QDir::Files))
        if (name.startsWith(QLatin1String("json-")) == json || qstrcmp(folder, "corpus-json") == 0)
            QTest::newRow(qPrintable(QLatin1String(folder) + u'/' + name)) << dir.filePath(name);
}
} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void openerKeepsItsPromise_data();
    void openerKeepsItsPromise();
    void jsonImportKeepsItsPromise_data();
    void jsonImportKeepsItsPromise();

private:
    TestLibrary m_library; // one library for every JSON input, as in the fuzzer
};

void TestFuzzRegressions::openerKeepsItsPromise_data() {
    QTest::addColumn<QString>("input");
    addRows("corpus", false);
    addRows("regressions", false);
}

void TestFuzzRegressions::openerKeepsItsPromise() {
    QFETCH(QString, input);
    QTemporaryDir dir;
    const QString problem = OpenCheck::checkOpen(contents(input), dir.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFuzzRegressions::jsonImportKeepsItsPromise_data() {
    QTest::addColumn<QString>("input");
    addRows("corpus-json", true);
    addRows("regressions", true);
}

void TestFuzzRegressions::jsonImportKeepsItsPromise() {
    QFETCH(QString, input);
    QVERIFY(m_library.isOpen());
    const int before = m_library.store().workshopCount();
    const QString problem = JsonImportCheck::checkImport(contents(input), m_library.store());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_library.store().workshopCount(), before);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
