#include "LibraryModel.h"

#include "playbook/Agenda.h"
#include "storage/WorkshopStore.h"

#include <QLocale>

namespace {

// Rows fetched together when the view asks for one not yet read: about two screens' worth.
constexpr int Block = 64;

} // namespace

LibraryModel::LibraryModel(WorkshopStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_stageOrder(Agenda::standard().stageKeys()) { // "Stage reached" sorts in agenda order
    connect(&m_store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
        if (changes.has(ChangeKind::Library))
            reload();
        else if (changes.has(ChangeKind::Workshop | ChangeKind::GameTally | ChangeKind::Candidate))
            for (const qint64 id : changes.workshopIds)
                refreshWorkshop(id);
    });
    reload();
}

QList<qint64> LibraryModel::queryIds() const {
    using Order = WorkshopStore::LibraryOrder;
    static const Order orders[ColumnCount] = {Order::Title,       Order::Product, Order::Created,
                                              Order::Facilitator, Order::Stage,   Order::NorthStar,
                                              Order::Candidates};
    WorkshopStore::LibraryQuery query;
    query.search = m_search;
    query.order = orders[qBound(0, m_sortColumn, ColumnCount - 1)];
    query.descending = m_sortOrder == Qt::DescendingOrder;
    query.stageOrder = m_stageOrder;
    return m_store.libraryIds(query);
}

void LibraryModel::reload() {
    beginResetModel();
    m_cache.clear();
    m_ids = queryIds();
    m_total = m_search.isEmpty() ? int(m_ids.size()) : m_store.workshopCount();
    endResetModel();
}

void LibraryModel::setSearch(const QString& text) {
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void LibraryModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rearrange(queryIds());
}

void LibraryModel::rearrange(const QList<qint64>& ids) {
    if (ids.size() != m_ids.size()) { // a row came or went: start afresh
        reload();
        return;
    }
    if (ids == m_ids)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> movedIds;
    for (const QModelIndex& index : before)
        movedIds.append(workshopIdAt(index.row()));
    m_ids = ids;
    QHash<qint64, int> rows;
    rows.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        rows.insert(m_ids[row], row);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rows.value(movedIds[i], -1);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LibraryModel::refreshWorkshop(qint64 id) {
    if (!m_cache.contains(id) && !m_ids.contains(id))
        return;
    m_cache.remove(id);    // read again when next shown
    rearrange(queryIds()); // a new title or count may move it
    const int row = rowOfWorkshop(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const WorkshopSummary* LibraryModel::summaryAt(int row) const {
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    auto found = m_cache.constFind(m_ids[row]);
    if (found != m_cache.constEnd())
        return &*found;
    // Read the block around the row, so a screenful costs one query, not one a row.
    QList<qint64> wanted;
    const int first = row / Block * Block;
    for (int r = first; r < qMin(first + Block, int(m_ids.size())); ++r)
        if (!m_cache.contains(m_ids[r]))
            wanted.append(m_ids[r]);
    for (const WorkshopSummary& summary : m_store.workshopSummaries(wanted))
        m_cache.insert(summary.id, summary);
    found = m_cache.constFind(m_ids[row]);
    return found == m_cache.constEnd() ? nullptr : &*found;
}

int LibraryModel::rowOfWorkshop(qint64 id) const {
    return id == 0 ? -1 : int(m_ids.indexOf(id));
}

qint64 LibraryModel::workshopIdAt(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int LibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::stageTitle(const QString& stageKey) {
    if (stageKey.isEmpty())
        return tr("Not started");
    for (int minutes : Agenda::standard().variants())
        if (const auto stage = Agenda::standard().stage(stageKey, minutes))
            return stage->title;
    return stageKey;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == WorkshopIdRole)
        return m_ids[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Candidates ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole &&
        role != SortRole)
        return {};
    const WorkshopSummary* summary = summaryAt(index.row());
    if (!summary)
        return {};
    const WorkshopSummary& w = *summary;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Title:
            return w.title;
        case Product:
            return w.product;
        case Date:
            return role == Qt::EditRole
                       ? QVariant(w.createdAt)
                       : QLocale().toString(w.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case Facilitator:
            return w.facilitator;
        case Stage:
            return stageTitle(w.currentStage);
        case NorthStar:
            return w.northStar.isEmpty() && role == Qt::DisplayRole ? tr("—") : w.northStar;
        case Candidates:
            return w.candidateCount;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return w.createdAt;
        case Candidates:
            return w.candidateCount;
        case Title:
            return w.title.toCaseFolded();
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    return {};
}

bool LibraryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Title || role != Qt::EditRole || !m_rename)
        return false;
    const QString title = value.toString();
    const WorkshopSummary* summary = summaryAt(index.row());
    if (!summary || title == summary->title)
        return false;
    const qint64 id = summary->id;
    return m_rename(id, title); // the store's signal refreshes the row
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Workshop");
    case Product:
        return tr("Product or team");
    case Date:
        return tr("Date");
    case Facilitator:
        return tr("Facilitator");
    case Stage:
        return tr("Stage reached");
    case NorthStar:
        return tr("North Star Metric");
    case Candidates:
        return tr("Candidates");
    }
    return {};
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Title)
        f |= Qt::ItemIsEditable;
    return f;
}
