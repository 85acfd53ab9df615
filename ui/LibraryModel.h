#pragma once
// The workshop library as a table: one row per past or planned workshop, kept in step with
// the store's change signals. Sorting uses SortRole so dates and counts sort as values.
#include "domain/Workshop.h"

#include <QAbstractTableModel>

#include <functional>

class WorkshopStore;

class LibraryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Product, Date, Facilitator, Stage, NorthStar, Candidates, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, WorkshopIdRole };

    // `rename` is asked to carry out an edit of the title cell (through the undo stack).
    using RenameHandler = std::function<bool(qint64 id, const QString& title)>;

    explicit LibraryModel(WorkshopStore& store, QObject* parent = nullptr);

    void setRenameHandler(RenameHandler handler) { m_rename = std::move(handler); }
    void reload();
    int rowOfWorkshop(qint64 id) const;
    qint64 workshopIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void refreshWorkshop(qint64 id);
    QString stageTitle(const WorkshopSummary& summary) const;

    WorkshopStore& m_store;
    QList<WorkshopSummary> m_rows;
    RenameHandler m_rename;
};
