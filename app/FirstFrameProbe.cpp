#include "FirstFrameProbe.h"

#include "ProcessClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>

bool FirstFrameProbe::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Print once the paint has finished and reached the screen's backing store.
        QTimer::singleShot(0, QCoreApplication::instance(), [] {
            QTextStream(stdout) << ProcessClock::millisecondsSinceStart() << Qt::endl;
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
