#pragma once
// Watches a window for its first painted frame, prints the milliseconds since the process
// started, and quits: how --smoke and the start-up benchmark's yardstick measure start-up.
#include <QObject>

class FirstFrameProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_seen = false;
};
