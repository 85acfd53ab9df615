#include "BenchConsole.h"

#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QTest>

BenchConsole::BenchConsole(WorkshopStore& store, const Clock& clock, qint64 workshopId) {
    Theme::applyConsoleTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    m_window = std::make_unique<MainWindow>(store, clock);
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->openWorkshop(workshopId);
    m_window->present();
    // Both windows laid out and painted once before the phones start.
    (void)QTest::qWaitForWindowExposed(m_window.get());
    QApplication::processEvents();
}

BenchConsole::~BenchConsole() = default;

WorkshopSession& BenchConsole::session() const {
    return *m_window->session();
}
