#pragma once
// The workshop library as a table: one row per past or planned workshop, kept in step with
// the store's change signals. Searching and sorting are the store's (SQL, through indexes):
// the model holds the ids in order and fetches the summaries of the rows the view asks
// for, a block at a time, so 10,000 workshops cost a list of ids, not 10,000 rows.
#include "domain/Workshop.h"

#include <QAbstractTableModel>
#include <QHash>

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
    // Shows only the workshops whose title, product, facilitator or North Star contains
    // `text`; empty shows them all.
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    int totalCount() const { return m_total; } // in the library, whatever the search
    int rowOfWorkshop(qint64 id) const;
    qint64 workshopIdAt(int row) const;
    // "Stage reached" as the list shows it: the agenda stage's title, "Not started" before the
    // first stage, the key itself for a stage the agenda does not know (the Team view too).
    static QString stageTitle(const QString& stageKey);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<qint64> queryIds() const;
    // Puts `ids` in place of the rows shown, keeping selection and current row.
    void rearrange(const QList<qint64>& ids);
    void refreshWorkshop(qint64 id);
    const WorkshopSummary* summaryAt(int row) const;

    WorkshopStore& m_store;
    QString m_search;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_total = 0;
    QList<qint64> m_ids;
    mutable QHash<qint64, WorkshopSummary> m_cache; // the rows fetched so far
    QStringList m_stageOrder;
    RenameHandler m_rename;
};
