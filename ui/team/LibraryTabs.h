#pragma once
// The library page with its two views side by side: the workshops on this laptop
// (LibraryPage) and the team library's (TeamView), switched by tabs that the keyboard
// reaches like any other control (Ctrl+Page Up / Page Down too). The Team view is made when
// it is first wanted, not at start-up: most facilitators never open it.
#include <QWidget>

#include <functional>

class LibraryPage;
class QStackedWidget;
class QTabBar;
class TeamView;

class LibraryTabs : public QWidget {
    Q_OBJECT

public:
    enum Tab { Laptop, Team };

    LibraryTabs(LibraryPage* laptop, std::function<TeamView*()> makeTeam,
                QWidget* parent = nullptr);

    QTabBar* tabBar() const { return m_tabs; }
    bool showsTeam() const;
    // The Team view, made now if it was not yet.
    TeamView* team();
    bool hasTeam() const { return m_team != nullptr; }
    void showTab(Tab tab);
    // Gives the keyboard to the view on screen.
    void returnFocus();

signals:
    void tabChanged(LibraryTabs::Tab tab);

private:
    LibraryPage* m_laptop;
    std::function<TeamView*()> m_makeTeam;
    TeamView* m_team = nullptr;
    QWidget* m_teamPlaceholder;
    QTabBar* m_tabs;
    QStackedWidget* m_stack;
};
