#pragma once
// The band across the console while it is passed round the room: says what is hidden, and
// offers the one way out, which asks first (the facilitator's notes and the running tallies
// come back with it).
#include <QFrame>

class QPushButton;

class PassLaptopBanner : public QFrame {
    Q_OBJECT

public:
    explicit PassLaptopBanner(QWidget* parent = nullptr);

    QPushButton* leaveButton() const { return m_leave; }

signals:
    void leaveRequested();

private:
    QPushButton* m_leave;
};
