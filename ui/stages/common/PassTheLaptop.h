#pragma once
// Pass-the-laptop mode: while the console goes round the room (silent brainstorm, dot vote,
// person-by-person scoring), whoever holds it sees only what is theirs to see. The pages
// listen to this switch and hide the facilitator's script and notes, running tallies (the
// vote's leader while the vote is open, the room's checklist counts) and other people's
// cards. The console alone changes; the projector already shows nothing private.
#include <QObject>

class PassTheLaptop : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    bool isOn() const { return m_on; }
    void setOn(bool on);

signals:
    void changed(bool on);

private:
    bool m_on = false;
};
