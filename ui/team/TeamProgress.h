#pragma once
// The team library's progress in the window's status bar: a busy bar and what is under way
// ("Publishing to the team library…"), shown once a request has taken longer than the
// client's busy delay (300 ms), wherever it was started — the laptop's list, the menu or the
// Team view — and hidden when every request has answered.
#include <QWidget>

class QLabel;
class TeamClient;

class TeamProgress : public QWidget {
    Q_OBJECT

public:
    explicit TeamProgress(TeamClient& client, QWidget* parent = nullptr);

    QString text() const;

private:
    void update();

    TeamClient& m_client;
    QLabel* m_label;
};
