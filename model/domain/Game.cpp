#include "Game.h"

QString gameKey(Game game) {
    switch (game) {
    case Game::Undecided:
        return {};
    case Game::Attention:
        return QStringLiteral("attention");
    case Game::Transaction:
        return QStringLiteral("transaction");
    case Game::Productivity:
        return QStringLiteral("productivity");
    }
    return {};
}

Game gameFromKey(const QString& key) {
    if (key == QLatin1String("attention"))
        return Game::Attention;
    if (key == QLatin1String("transaction"))
        return Game::Transaction;
    if (key == QLatin1String("productivity"))
        return Game::Productivity;
    return Game::Undecided;
}
