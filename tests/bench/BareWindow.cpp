// The yardstick for start-up time: a bare QMainWindow, started the way lodestar --smoke is,
// printing the milliseconds from process start to its first painted frame. With --text it
// also shows one line of text, so it pays what any window with words pays first: the font
// database (fontconfig) and a font engine, which the empty window never loads.
#include "FirstFrameProbe.h"
#include "ProcessClock.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv) {
    ProcessClock::markMainEntered();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1400, 880);
    if (app.arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("North Star workshop")));
    FirstFrameProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
