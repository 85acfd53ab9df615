#pragma once
// The team library's workshops as a table, a page at a time: searching and sorting are the
// server's (TeamListQuery), and the next page is asked for as the view scrolls to the end
// (canFetchMore/fetchMore). Every answer comes back from TeamClient; answers to an older
// search or sort are dropped.
#include "domain/TeamWorkshop.h"

#include <QAbstractTableModel>

class TeamClient;

class TeamListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The laptop list's columns (LibraryModel), then who published which version when.
    enum Column {
        Title,
        Product,
        Date,
        Facilitator,
        Stage,
        NorthStar,
        Candidates,
        PublishedBy,
        PublishedAt,
        Version,
        ColumnCount
    };
    static constexpr int PageSize = 100;
    // Matches are counted up to this many; past it the view says "more than" (the server
    // stops counting there, so a keystroke stays quick in a large team library).
    static constexpr qint64 CountCap = 1000;

    explicit TeamListModel(TeamClient& client, QObject* parent = nullptr);

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    // Asks the server again for the rows shown (at least one page), keeping the search and
    // sort; the rows stay until the answer comes.
    void reload();
    void clear();
    // Matching the search, on the server; when totalIsCapped(), more than CountCap do.
    qint64 totalCount() const { return m_total; }
    bool totalIsCapped() const { return m_capped; }
    bool isLoading() const { return m_listRequest != 0; }
    static bool isSortable(int column);
    const TeamWorkshopSummary* summaryAt(int row) const;
    int rowOfTeamWorkshop(qint64 teamId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The list (or the count) changed after an answer from the server.
    void loaded();

private:
    void request(int offset, int limit);
    void onListed(int request, const QList<TeamWorkshopSummary>& workshops);

    TeamClient& m_client;
    TeamListQuery m_query;
    QList<TeamWorkshopSummary> m_rows;
    qint64 m_total = 0;
    int m_listRequest = 0;
    int m_countRequest = 0;
    int m_requestedLimit = 0;
    bool m_replacing = false; // the answer in wait replaces the rows instead of adding to them
    bool m_capped = false;    // m_total only says that more than CountCap match
    bool m_ended = false;     // the last page was short: there are no more rows
};
