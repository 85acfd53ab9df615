#pragma once
// The library page's Team view: the team library's workshops, searched and sorted by the
// server a page at a time, refreshed when someone else publishes or withdraws; take a copy
// into this laptop's library, or withdraw a workshop you published. When no team library is
// connected, one sentence and a Connect… button.
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class TeamClient;
class TeamListModel;
struct TeamWorkshopSummary;

class TeamView : public QWidget {
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    TeamView(TeamClient& client, QAction* connectAction, QWidget* parent = nullptr);

    TeamListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* problemLabel() const { return m_problem; }
    QAction* takeAction() const { return m_take; }
    QAction* withdrawAction() const { return m_withdraw; }
    QAction* refreshAction() const { return m_refresh; }
    bool showsList() const;
    const TeamWorkshopSummary* selectedWorkshop() const;

public slots:
    void refresh();
    void takeSelected();
    // Asks first; withdraws only a workshop the connected user published.
    void withdrawSelected();

signals:
    void statusMessage(const QString& message);

private:
    QWidget* makeOffline(QAction* connectAction);
    QWidget* makeList();
    void onConnectionChanged(bool connected);
    void showProblem(const QString& message);
    void updateActions();
    void updateCount();

    TeamClient& m_client;
    TeamListModel* m_model;
    QStackedWidget* m_pages;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer;
    QLabel* m_count = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_offlineProblem = nullptr;
    QAction* m_take;
    QAction* m_withdraw;
    QAction* m_refresh;
    QSet<int> m_takes; // the copies taken from this view, still under way
};
