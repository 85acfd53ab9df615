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
#include <QDeadlineTimer>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// Answers the next modal dialog with `answer` (which returns an empty string when its checks
// pass, or what went wrong). A check that fails, a dialog of the wrong kind, or no answer
// within five seconds closes whatever modal is open and is reported, so the test fails
// instead of waiting forever in the dialog's exec(). Polls from the event loop, never sleeps.
class ModalAnswer : public QObject {
public:
    explicit ModalAnswer(std::function<QString(RestoreBackupDialog*)> answer)
        : m_answer(std::move(answer))
        , m_deadline(5000) {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, &ModalAnswer::poll);
        m_poll.start();
    }
    bool answered() const { return m_answered; }
    QString problem() const { return m_problem; }

private:
    void poll() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            if (m_deadline.hasExpired()) {
                m_problem = QStringLiteral("no dialog appeared within five seconds");
                m_poll.stop();
            }
            return;
        }
        m_poll.stop();
        auto* dialog = qobject_cast<RestoreBackupDialog*>(modal);
        m_problem = dialog ? m_answer(dialog)
                           : QStringLiteral("a %1 opened instead of the restore dialog")
                                 .arg(QLatin1String(modal->metaObject()->className()));
        m_answered = m_problem.isEmpty();
        if (!m_answered && QApplication::activeModalWidget() == modal)
            modal->close(); // never leave the test waiting in exec()
    }

    std::function<QString(RestoreBackupDialog*)> m_answer;
    QDeadlineTimer m_deadline;
    QTimer m_poll;
    QString m_problem;
    bool m_answered = false;
};

} // namespace

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

    const ModalAnswer answer([](RestoreBackupDialog* dialog) {
        const int expected = 1; // the day's backup
        if (dialog->list()->count() != expected)
            return QStringLiteral("the dialog lists %1 backups instead of %2")
                .arg(dialog->list()->count())
                .arg(expected);
        dialog->list()->setCurrentRow(0);
        dialog->accept();
        return QString();
    });
    window.restoreFromBackup();
    QVERIFY2(answer.answered(), qPrintable(answer.problem()));
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
