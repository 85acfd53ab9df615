#pragma once
// The library grouped by product: one row per product (workshops whose product names match
// by ProductName::key), with how many workshops it has, the newest one's date and the
// North Star it holds now. Rebuilt from the store when a workshop comes, goes or changes.
#include "domain/NorthStarRecord.h"

#include <QAbstractTableModel>

class WorkshopStore;

class ProductListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Product, Workshops, Latest, NorthStar, ColumnCount };
    enum Roles { ProductKeyRole = Qt::UserRole + 1 };

    explicit ProductListModel(WorkshopStore& store, QObject* parent = nullptr);

    void reload();
    // While not live (no view shows it) a change only marks the list stale; going live
    // reloads a stale list. Editing a workshop then costs no regrouping per keystroke.
    void setLive(bool live);
    // Shows only the products whose name or current North Star contains `text` (ignoring
    // case); empty shows them all.
    void setSearch(const QString& text);
    int totalCount() const { return m_total; }
    const ProductSummary* productAt(int row) const;
    int rowOfProduct(const QString& key) const;
    const QList<ProductSummary>& products() const { return m_products; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    WorkshopStore& m_store;
    QList<ProductSummary> m_products;
    QString m_search;
    int m_total = 0;
    bool m_live = false;
    bool m_stale = false;
};
