#pragma once
// The console page of block 2, identifying the game: the three games as cards to choose
// from (the choice can change), an optional show of hands per game, why the room chose it
// and the moment of value exchange, with the coaching point beside them. Every change is
// saved at once.
#include "domain/Game.h"

#include <QMap>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
struct GameGuide;
struct PlannedStage;
struct StageContext;
class TypingSessions;

class GamePage : public QWidget {
    Q_OBJECT

public:
    GamePage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    // The radio button that chooses `game`, and the spin box for its show of hands.
    QAbstractButton* choiceButton(Game game) const;
    QSpinBox* handsBox(Game game) const { return m_hands.value(game); }
    QPlainTextEdit* rationaleEditor() const { return m_rationale; }
    QLineEdit* valueExchangeEditor() const { return m_valueExchange; }

private:
    QWidget* createGameCard(const GameGuide& guide);
    void choose(Game game);
    void saveText();
    void load();

    StageContext& m_context;
    QButtonGroup* m_choice;
    QMap<Game, QSpinBox*> m_hands;
    QPlainTextEdit* m_rationale;
    QLineEdit* m_valueExchange;
    TypingSessions* m_typing;
};
