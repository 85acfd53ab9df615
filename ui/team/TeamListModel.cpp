#include "TeamListModel.h"

#include "TeamClient.h"

#include "LibraryModel.h"

#include <QLocale>

namespace {

QString shortDate(const QDateTime& when) {
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

TeamListModel::TeamListModel(TeamClient& client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client) {
    connect(&m_client, &TeamClient::listed, this, &TeamListModel::onListed);
    connect(&m_client, &TeamClient::counted, this, [this](int request, qint64 count) {
        if (request != m_countRequest)
            return;
        m_countRequest = 0;
        m_capped = count > CountCap;
        // The rows in hand may already say more than the count could, or all there is.
        m_total = m_capped ? qMax<qint64>(count, m_rows.size()) : count;
        if (m_capped && m_ended && m_listRequest == 0) {
            m_total = m_rows.size();
            m_capped = false;
        }
        emit loaded();
    });
    connect(&m_client, &TeamClient::failed, this,
            [this](int request, TeamClient::Request, const QString&) {
                if (request == m_listRequest)
                    m_listRequest = 0;
                if (request == m_countRequest)
                    m_countRequest = 0;
            });
}

void TeamListModel::setSearch(const QString& text) {
    if (text == m_query.search)
        return;
    m_query.search = text;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void TeamListModel::reload() {
    if (!m_client.isConnected())
        return;
    m_replacing = true;
    request(0, qMax<int>(PageSize, m_rows.size()));
    m_countRequest = m_client.count(m_query.search, CountCap);
}

void TeamListModel::clear() {
    m_listRequest = 0;
    m_countRequest = 0;
    m_total = 0;
    m_capped = false;
    m_ended = false;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit loaded();
}

void TeamListModel::request(int offset, int limit) {
    TeamListQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    m_requestedLimit = limit;
    m_listRequest = m_client.list(query);
}

void TeamListModel::onListed(int request, const QList<TeamWorkshopSummary>& workshops) {
    if (request != m_listRequest)
        return;
    m_listRequest = 0;
    if (m_replacing) {
        m_replacing = false;
        beginResetModel();
        m_rows = workshops;
        endResetModel();
    } else if (!workshops.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + workshops.size() - 1);
        m_rows += workshops;
        endInsertRows();
    }
    // A short page is the end, whatever the count said before someone withdrew one.
    m_ended = workshops.size() < m_requestedLimit;
    if (m_ended && m_countRequest == 0) {
        m_total = m_rows.size();
        m_capped = false;
    }
    emit loaded();
}

bool TeamListModel::isSortable(int column) {
    return column != PublishedBy && column != Version;
}

const TeamWorkshopSummary* TeamListModel::summaryAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TeamListModel::rowOfTeamWorkshop(qint64 teamId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].teamId == teamId)
            return row;
    return -1;
}

int TeamListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamListModel::data(const QModelIndex& index, int role) const {
    const TeamWorkshopSummary* w = summaryAt(index.row());
    if (!w || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Version || index.column() == Candidates
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return w->title;
    case Product:
        return w->product;
    case Date:
        return shortDate(w->heldAt);
    case Facilitator:
        return w->facilitator;
    case Stage: // in the laptop list's words
        return LibraryModel::stageTitle(w->currentStage);
    case NorthStar:
        return w->northStar.isEmpty() && role == Qt::DisplayRole ? tr("—") : w->northStar;
    case Candidates:
        return w->candidateCount;
    case PublishedBy:
        return w->publishedBy;
    case PublishedAt:
        return role == Qt::ToolTipRole
                   ? QLocale().toString(w->publishedAt.toLocalTime(), QLocale::LongFormat)
                   : QLocale().toString(w->publishedAt.toLocalTime(), QLocale::ShortFormat);
    case Version:
        return w->version;
    }
    return {};
}

QVariant TeamListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // A first click on a name sorts A to Z; on a date, the latest first.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return section == Date || section == PublishedAt ? Qt::DescendingOrder : Qt::AscendingOrder;
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
    case PublishedBy:
        return tr("Published by");
    case PublishedAt:
        return tr("Published");
    case Version:
        return tr("Version");
    }
    return {};
}

void TeamListModel::sort(int column, Qt::SortOrder order) {
    using Sort = TeamListQuery::Sort;
    static const Sort sorts[ColumnCount] = {
        Sort::Title,     Sort::Product,    Sort::HeldAt,      Sort::Facilitator, Sort::Stage,
        Sort::NorthStar, Sort::Candidates, Sort::PublishedAt, Sort::PublishedAt, Sort::PublishedAt};
    if (column < 0 || column >= ColumnCount || !isSortable(column))
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (sorts[column] == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sorts[column];
    m_query.descending = descending;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

bool TeamListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_listRequest == 0 && !m_ended &&
           (m_rows.size() < m_total || m_capped);
}

void TeamListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    m_replacing = false;
    request(m_rows.size(), PageSize);
}
