#pragma once
// The projector's face of block 2: the three games side by side, each with its title and
// what it counts, the room's show of hands once counted, and the chosen game marked with
// the star. Follows the console through the store.
#include <QWidget>

class QHBoxLayout;
struct StageContext;

class GameView : public QWidget {
    Q_OBJECT

public:
    GameView(const StageContext& context, QWidget* parent = nullptr);

private:
    void rebuild();

    const StageContext& m_context;
    QHBoxLayout* m_cards;
};
