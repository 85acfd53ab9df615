#pragma once
// File ▸ Restore from backup: lists the library's backups with their dates and kinds and
// restores the chosen one. The store's BackupPolicy backs up the current content first,
// so a restore can itself be undone by restoring that backup.
#include <QDialog>

class BackupPolicy;
class QListWidget;

class RestoreBackupDialog : public QDialog {
    Q_OBJECT

public:
    RestoreBackupDialog(BackupPolicy& backups, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

    // Restores the selected backup; on failure says why and keeps the dialog open.
    void accept() override;

signals:
    void restored();
    void failed(const QString& message);

private:
    void fill();

    BackupPolicy& m_backups;
    QListWidget* m_list;
};
