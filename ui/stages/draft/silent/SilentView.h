#pragma once
// The projector during the silent brainstorm. Until the facilitator reveals the cards it
// shows no card text at all: the template to fill in, the checklist, and how many cards each
// person has written. After Reveal it shows the cards grouped by person, a few people at a
// time (the console pages through them).
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
struct StageContext;

class SilentView : public QWidget {
    Q_OBJECT

public:
    explicit SilentView(const StageContext& context, QWidget* parent = nullptr);

private:
    // Rebuilds when what the view would show differs from what it shows: typing in a card
    // that is not on the wall, or before the reveal without changing a count, costs nothing.
    void refresh();
    QStringList content() const;
    void rebuild();
    void showPrivate();
    void showCards();

    const StageContext& m_context;
    QHBoxLayout* m_layout;
    QStringList m_content; // what the widgets show now, as content() said
};
