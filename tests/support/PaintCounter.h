#pragma once
// Counts the paint events the widgets it is installed on receive (installEventFilter), for
// tests that show a change repaints only what it changed.
#include <QEvent>
#include <QObject>

class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};
