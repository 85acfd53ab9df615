#pragma once
// The library page with its two views side by side: the workshops on this laptop
// (LibraryPage) and the team library's (TeamView), switched by tabs that the keyboard
// reaches like any other control (Ctrl+Page Up / Page Down too).
#include <QWidget>

class LibraryPage;
class QStackedWidget;
class QTabBar;
class TeamView;

class LibraryTabs : public QWidget {
    Q_OBJECT

public:
    enum Tab { Laptop, Team };

    LibraryTabs(LibraryPage* laptop, TeamView* team, QWidget* parent = nullptr);

    QTabBar* tabBar() const { return m_tabs; }
    bool showsTeam() const;
    void showTab(Tab tab);
    // Gives the keyboard to the view on screen.
    void returnFocus();

signals:
    void tabChanged(LibraryTabs::Tab tab);

private:
    LibraryPage* m_laptop;
    TeamView* m_team;
    QTabBar* m_tabs;
    QStackedWidget* m_stack;
};
