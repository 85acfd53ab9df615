// The chime's sound player is a module (lodestar_chime) loaded on the first unmuted chime, so
// that a start which never chimes does not load Qt Multimedia (issue #16). The module is where
// the app looks and gives a player; a muted chime loads nothing; a missing or broken module
// leaves the chime silent without a word, and it is not looked for again.
#include "widgets/Chime.h"
#include "widgets/ChimePlayer.h"

#include <QFile>
#include <QFileInfo>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The module beside the lodestar executable of this build, as the app finds it.
QString builtModule() {
    for (const QString& path : Chime::modulePaths(QStringLiteral(LODESTAR_APP_DIR)))
        if (QFileInfo(path).isFile())
            return path;
    return {};
}

// "Without complaint": no warning at all while a chime misses its module.
void failOnAnyWarning() {
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

} // namespace

class TestChime : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theAppFindsTheModuleAndItGivesAPlayer();
    void installedLayoutIsAPrivateLibraryFolder();
    void aMissingModuleStaysSilent();
    void aBrokenModuleStaysSilent();
    // Last: these may play, and Qt Multimedia may warn of a machine without audio.
    void aModuleThatTurnsUpLaterIsNotLookedForAgain();
    void theFirstUnmutedChimeLoadsThePlayer();
    void aStartingTimerPreparesThePlayer();
};

void TestChime::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestChime::init() {
    QSettings().remove(QStringLiteral("sound/muted"));
}

void TestChime::theAppFindsTheModuleAndItGivesAPlayer() {
    const QString module = builtModule();
    QVERIFY2(!module.isEmpty(),
             qPrintable(
                 Chime::modulePaths(QStringLiteral(LODESTAR_APP_DIR)).join(QStringLiteral(", "))));
    QPluginLoader loader(module);
    QVERIFY2(qobject_cast<ChimePlayer*>(loader.instance()), qPrintable(loader.errorString()));
}

void TestChime::installedLayoutIsAPrivateLibraryFolder() {
    // Installed as bin/lodestar and lib[/<multiarch>]/lodestar/<module>, under any prefix.
    const QStringList paths = Chime::modulePaths(QStringLiteral("/opt/x/bin"));
    QCOMPARE(paths.size(), 2);
    QCOMPARE(QFileInfo(paths[0]).path(), QStringLiteral("/opt/x/bin"));
    const QString installed = QFileInfo(paths[1]).path();
    QVERIFY2(installed.startsWith(QStringLiteral("/opt/x/lib")), qPrintable(installed));
    QVERIFY2(installed.endsWith(QStringLiteral("/lodestar")), qPrintable(installed));
    QCOMPARE(QFileInfo(paths[1]).fileName(), QFileInfo(paths[0]).fileName());
}

void TestChime::theFirstUnmutedChimeLoadsThePlayer() {
    const QStringList paths = Chime::modulePaths(QStringLiteral(LODESTAR_APP_DIR));
    Chime chime(paths);
    QVERIFY(!chime.isMuted());
    QVERIFY(!chime.hasPlayer()); // nothing loaded until a chime
    chime.setMuted(true);
    chime.play();
    QVERIFY(!chime.hasPlayer()); // a muted chime loads nothing
    chime.setMuted(false);
    chime.play();
    QVERIFY(chime.hasPlayer());
}

// A timer starting loads the module ahead of the chime, unless the chime is muted.
void TestChime::aStartingTimerPreparesThePlayer() {
    const QStringList paths = Chime::modulePaths(QStringLiteral(LODESTAR_APP_DIR));
    Chime muted(paths);
    muted.setMuted(true);
    muted.prepare();
    QVERIFY(!muted.hasPlayer());
    Chime chime(paths);
    chime.setMuted(false);
    chime.prepare();
    QVERIFY(chime.hasPlayer());
}

void TestChime::aMissingModuleStaysSilent() {
    failOnAnyWarning();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    Chime chime({folder.filePath(QStringLiteral("liblodestar_chime.so"))});
    chime.play();
    chime.play();
    QVERIFY(!chime.hasPlayer());
}

void TestChime::aModuleThatTurnsUpLaterIsNotLookedForAgain() {
    const QString module = builtModule();
    QVERIFY(!module.isEmpty());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QFileInfo(module).fileName());
    Chime chime({path});
    chime.play();
    QVERIFY(!chime.hasPlayer());

    // The module turns up, loadable there: this chime does not look again.
    QVERIFY(QFile::copy(module, path));
    QPluginLoader loader(path);
    QVERIFY2(qobject_cast<ChimePlayer*>(loader.instance()), qPrintable(loader.errorString()));
    chime.play();
    QVERIFY(!chime.hasPlayer());
}

void TestChime::aBrokenModuleStaysSilent() {
    failOnAnyWarning();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("liblodestar_chime.so"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("not a library\n") > 0);
    file.close();
    Chime chime({path});
    chime.play();
    chime.play();
    QVERIFY(!chime.hasPlayer());
}

QTEST_MAIN(TestChime)
#include "TestChime.moc"
