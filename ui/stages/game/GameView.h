#pragma once
// The projector's face of block 2: the three games side by side, each with its title and
// what it counts, the room's show of hands once counted, and the chosen game marked with
// the star. Follows the console through the store: a show of hands counted sets the count's
// text in the label it has; choosing the game builds the three cards again (cheap: 12-16
// widgets, under 1 ms, bench_projector_views).
#include "stages/common/ProjectorTexts.h"

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
struct StageContext;

class GameView : public QWidget {
    Q_OBJECT

public:
    GameView(const StageContext& context, QWidget* parent = nullptr);

private:
    // Per game, in the playbook's order: the count of hands ("" when none counted); and the
    // chosen game, which decides the cards' shape.
    struct Shown {
        int chosen = -1;
        bool compact = false;
        QStringList hands;
        bool sameShape(const Shown& other) const;
    };

    Shown read() const;
    void refresh();
    void rebuild();

    const StageContext& m_context;
    QHBoxLayout* m_cards;
    Shown m_shown;
    bool m_built = false;
    ProjectorTexts m_texts; // the labels of m_shown.hands that are not empty, in order
};
