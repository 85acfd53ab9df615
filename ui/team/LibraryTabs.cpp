#include "LibraryTabs.h"

#include "LibraryPage.h"
#include "TeamView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

LibraryTabs::LibraryTabs(const std::function<LibraryPage*(QWidget* parent)>& makeLaptop,
                         std::function<TeamView*()> makeTeam, QWidget* parent)
    : QWidget(parent)
    , m_makeTeam(std::move(makeTeam))
    , m_teamPlaceholder(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_laptop(makeLaptop(m_stack))
    , m_tabs(new QTabBar(this)) { // after the list, for the keyboard
    setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->setObjectName(QStringLiteral("libraryTabBar"));
    m_tabs->setAccessibleName(tr("Which library"));
    m_tabs->setFocusPolicy(Qt::StrongFocus);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("On this laptop"));
    m_tabs->addTab(tr("Team"));
    m_tabs->setTabToolTip(Laptop, tr("The workshops in this laptop's library"));
    m_tabs->setTabToolTip(Team, tr("The workshops your organisation shares in its team library"));
    m_stack->addWidget(m_laptop);
    m_stack->addWidget(m_teamPlaceholder);

    // The tabs line up with the views' titles, which keep their own margins.
    auto* tabRow = new QHBoxLayout;
    tabRow->setContentsMargins(24, 0, 24, 0);
    tabRow->addWidget(m_tabs);
    tabRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tabRow);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index == Team)
            team();
        m_stack->setCurrentIndex(index);
        emit tabChanged(Tab(index));
    });
    auto* next = new QAction(this);
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] {
        showTab(showsTeam() ? Laptop : Team);
        returnFocus();
    });
    addAction(next);
}

TeamView* LibraryTabs::team() {
    if (!m_team) {
        m_team = m_makeTeam();
        const bool shown = m_stack->currentWidget() == m_teamPlaceholder;
        m_stack->insertWidget(Team, m_team);
        m_stack->removeWidget(m_teamPlaceholder);
        if (shown)
            m_stack->setCurrentWidget(m_team);
        m_teamPlaceholder->deleteLater();
        m_teamPlaceholder = nullptr;
    }
    return m_team;
}

bool LibraryTabs::showsTeam() const {
    return m_tabs->currentIndex() == Team;
}

void LibraryTabs::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

void LibraryTabs::returnFocus() {
    if (showsTeam())
        team()->view()->setFocus();
    else
        m_laptop->returnFocus();
}
