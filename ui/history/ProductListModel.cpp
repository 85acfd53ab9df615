#include "ProductListModel.h"

#include "storage/WorkshopStore.h"

#include <QLocale>

ProductListModel::ProductListModel(WorkshopStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(&m_store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
        if (!changes.has(ChangeKind::Library | ChangeKind::Workshop | ChangeKind::Candidate))
            return;
        if (m_live)
            reload();
        else
            m_stale = true;
    });
    reload();
}

void ProductListModel::setLive(bool live) {
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void ProductListModel::reload() {
    m_stale = false;
    beginResetModel();
    m_products = m_store.products();
    m_total = int(m_products.size());
    if (!m_search.isEmpty())
        m_products.removeIf([this](const ProductSummary& p) {
            return !p.name.contains(m_search, Qt::CaseInsensitive) &&
                   !p.currentNorthStar.contains(m_search, Qt::CaseInsensitive);
        });
    endResetModel();
}

void ProductListModel::setSearch(const QString& text) {
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

const ProductSummary* ProductListModel::productAt(int row) const {
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductListModel::rowOfProduct(const QString& key) const {
    for (int row = 0; row < m_products.size(); ++row)
        if (m_products.at(row).key == key)
            return row;
    return -1;
}

int ProductListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const {
    const ProductSummary* product = productAt(index.row());
    if (!product)
        return {};
    if (role == ProductKeyRole)
        return product->key;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Product:
        return product->key.isEmpty() ? tr("(no product named)") : product->name;
    case Workshops:
        return product->workshopCount == 1 ? tr("1 workshop")
                                           : tr("%1 workshops").arg(product->workshopCount);
    case Latest:
        return QLocale().toString(product->latest.toLocalTime().date(), QLocale::ShortFormat);
    case NorthStar:
        return product->currentNorthStar.isEmpty() ? tr("not chosen yet")
                                                   : product->currentNorthStar;
    default:
        return {};
    }
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Workshops:
        return tr("Workshops");
    case Latest:
        return tr("Latest workshop");
    case NorthStar:
        return tr("North Star now");
    default:
        return {};
    }
}
