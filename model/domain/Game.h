#pragma once
// The three games a product can play (attention, transaction, productivity).
#include <QString>

enum class Game { Undecided, Attention, Transaction, Productivity };

QString gameKey(Game game);
Game gameFromKey(const QString& key);
