// File ▸ Restore from backup through the real window: the list shows the backups, a
// restore brings the old content back, and the content it replaced is backed up first.
#include "LibraryModel.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "RestoreBackupDialog.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "storage/BackupPolicy.h"

#include <QApplication>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

class TestRestoreBackup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void restoresAndKeepsWhatItReplaced();
    void disabledWithoutBackups();
};

void TestRestoreBackup::restoresAndKeepsWhatItReplaced() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Before"), 2);
    QDateTime now(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
    BackupPolicy backups(library.database(), [&now] { return now; });
    QString error;
    QVERIFY2(backups.backUpIfDue(&error), qPrintable(error));
    QVERIFY(library.store().renameWorkshop(id, QStringLiteral("After")));
    library.addWorkshop(QStringLiteral("Added later"));
    now = now.addSecs(3600);

    ManualClock clock;
    MainWindow window(library.store(), clock);
    window.setBackupPolicy(&backups);
    window.show();
    QCOMPARE(window.libraryPage()->model()->rowCount(), 2);

    int listed = -1;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<RestoreBackupDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        listed = dialog->list()->count();
        dialog->list()->setCurrentRow(0);
        dialog->accept();
    });
    window.restoreFromBackup();
    QCOMPARE(listed, 1);
    QCOMPARE(window.libraryPage()->model()->rowCount(), 1);
    QCOMPARE(library.store().workshop(id)->title, QStringLiteral("Before"));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("restored")));
    // What was replaced is now a backup of its own, so the restore can be undone.
    const QList<BackupPolicy::Backup> after = backups.listBackups();
    QCOMPARE(after.size(), 2);
    QVERIFY(std::any_of(after.begin(), after.end(), [](const BackupPolicy::Backup& b) {
        return b.kind == BackupPolicy::Kind::BeforeRestore;
    }));
}

void TestRestoreBackup::disabledWithoutBackups() {
    TestLibrary library;
    ManualClock clock;
    MainWindow window(library.store(), clock);
    const QList<QAction*> actions = window.findChildren<QAction*>();
    const auto restore = std::find_if(actions.begin(), actions.end(), [](QAction* a) {
        return a->text().contains(QLatin1String("Restore from backup"));
    });
    QVERIFY(restore != actions.end());
    QVERIFY(!(*restore)->isEnabled());
}

QTEST_MAIN(TestRestoreBackup)
#include "TestRestoreBackup.moc"
