// The yardstick for start-up time: a bare QMainWindow, started the way lodestar --smoke is,
// printing the milliseconds from process start to its first painted frame.
#include "ProcessClock.h"

#include <QApplication>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

namespace {
class FirstFrame : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout) << ProcessClock::millisecondsSinceStart() << Qt::endl;
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv) {
    ProcessClock::markMainEntered();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1400, 880);
    FirstFrame probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
