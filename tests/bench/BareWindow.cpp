// The yardstick for start-up time: a bare QMainWindow, started the way lodestar --smoke is,
// printing the milliseconds from process start to its first painted frame.
#include "FirstFrameProbe.h"
#include "ProcessClock.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv) {
    ProcessClock::markMainEntered();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1400, 880);
    FirstFrameProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
