#pragma once
// The facilitator's laptop for the room benchmarks: the app's main window with a workshop
// open and the projector showing, themed as the app is, so the event loop the phones are
// measured against also redraws the views every phone write changes. Needs a QApplication.
#include <QtGlobal>

#include <memory>

class Clock;
class MainWindow;
class WorkshopSession;
class WorkshopStore;

class BenchConsole {
public:
    BenchConsole(WorkshopStore& store, const Clock& clock, qint64 workshopId);
    ~BenchConsole();
    BenchConsole(const BenchConsole&) = delete;
    BenchConsole& operator=(const BenchConsole&) = delete;

    // The open workshop's session: the one the room binds to, as Workshop ▸ Invite the room.
    WorkshopSession& session() const;

private:
    std::unique_ptr<MainWindow> m_window;
};
