#include "LibraryModel.h"

#include "playbook/Agenda.h"
#include "storage/WorkshopStore.h"

#include <QLocale>

LibraryModel::LibraryModel(WorkshopStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(&m_store, &WorkshopStore::workshopsChanged, this, &LibraryModel::reload);
    connect(&m_store, &WorkshopStore::workshopChanged, this, &LibraryModel::refreshWorkshop);
    connect(&m_store, &WorkshopStore::candidatesChanged, this, &LibraryModel::refreshWorkshop);
    reload();
}

void LibraryModel::reload() {
    beginResetModel();
    m_rows = m_store.workshopSummaries();
    endResetModel();
}

void LibraryModel::refreshWorkshop(qint64 id) {
    const int row = rowOfWorkshop(id);
    if (row < 0)
        return;
    if (const auto summary = m_store.workshopSummary(id)) {
        m_rows[row] = *summary;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int LibraryModel::rowOfWorkshop(qint64 id) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return row;
    return -1;
}

qint64 LibraryModel::workshopIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int LibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::stageTitle(const WorkshopSummary& summary) const {
    if (summary.currentStage.isEmpty())
        return tr("Not started");
    for (int minutes : Agenda::standard().variants())
        if (const auto stage = Agenda::standard().stage(summary.currentStage, minutes))
            return stage->title;
    return summary.currentStage;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkshopSummary& w = m_rows[index.row()];
    if (role == WorkshopIdRole)
        return w.id;
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
            return stageTitle(w);
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
    if (role == Qt::TextAlignmentRole && index.column() == Candidates)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool LibraryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Title || role != Qt::EditRole || !m_rename)
        return false;
    const QString title = value.toString();
    const qint64 id = m_rows[index.row()].id;
    if (title == m_rows[index.row()].title)
        return false;
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
