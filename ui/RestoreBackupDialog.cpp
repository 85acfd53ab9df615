#include "RestoreBackupDialog.h"

#include "storage/BackupPolicy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(BackupPolicy& backups, QWidget* parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_list(new QListWidget(this)) {
    setWindowTitle(tr("Restore from backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setMinimumSize(560, 380);
    auto* intro = new QLabel(tr("Choose a backup to bring back. Everything in the library now "
                                "is backed up first, so you can change your mind."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Backups"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->button(QDialogButtonBox::Ok);
    restore->setText(tr("Restore this backup"));
    restore->setAccessibleName(tr("Restore this backup"));
    restore->setIcon(QIcon());
    restore->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, restore,
            [restore](int row) { restore->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &RestoreBackupDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill();
}

void RestoreBackupDialog::fill() {
    m_list->clear();
    const QList<BackupPolicy::Backup> all = m_backups.listBackups();
    for (const BackupPolicy::Backup& backup : all) {
        QString kind;
        switch (backup.kind) {
        case BackupPolicy::Kind::Automatic:
            kind = tr("daily backup");
            break;
        case BackupPolicy::Kind::BeforeRestore:
            kind = tr("taken before a restore");
            break;
        case BackupPolicy::Kind::BeforeFormatUpdate:
            kind = tr("taken before a format update");
            break;
        case BackupPolicy::Kind::Other:
            kind = tr("backup");
            break;
        }
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QLocale().toString(backup.takenAt.toLocalTime(), QLocale::LongFormat),
                              kind),
            m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(backup.path);
    }
    if (all.isEmpty()) {
        auto* none = new QListWidgetItem(
            tr("No backups yet. Lodestar takes one each day you use it."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

void RestoreBackupDialog::accept() {
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    QString error;
    if (!m_backups.restoreBackup(item->data(Qt::UserRole).toString(), &error)) {
        emit failed(error);
        fill();
        return;
    }
    emit restored();
    QDialog::accept();
}
