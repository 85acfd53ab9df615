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

    // `makeLaptop` makes the laptop's view in the parent it stays in: a page moved into the
    // tabs once made had its whole style worked out again.
    LibraryTabs(const std::function<LibraryPage*(QWidget* parent)>& makeLaptop,
                std::function<TeamView*()> makeTeam, QWidget* parent = nullptr);

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
    std::function<TeamView*()> m_makeTeam;
    TeamView* m_team = nullptr;
    QWidget* m_teamPlaceholder;
    QStackedWidget* m_stack;
    LibraryPage* m_laptop;
    QTabBar* m_tabs;
};
