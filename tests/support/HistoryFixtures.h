#pragma once
// Past workshops of a product, written through the store as a team would have left them: a
// date, a facilitator, a chosen North Star with its inputs, a guardrail and a note. For the
// history and comparison tests, model and widget alike.
#include "domain/Game.h"
#include "domain/Input.h"

#include <QDate>
#include <QList>
#include <QString>

class WorkshopStore;

struct PastInput {
    QString name;
    QString definition;
    QString owner;
    InputPattern pattern = InputPattern::Other;
};

struct PastWorkshop {
    QString title;
    QString product;
    QDate date;
    QString facilitator = QStringLiteral("Fran Facilitator");
    Game game = Game::Undecided;
    QString metricName; // empty: the workshop has not chosen a North Star
    QString metricDefinition;
    QList<PastInput> inputs;
    QString guardrailName;
    QString guardrailDefinition;
    QString changeNote;
};

// A workshop of `product` on `date` that chose no North Star.
PastWorkshop plainWorkshop(const QString& title, const QString& product, QDate date);

// Writes `past` and returns its id (0 if a write failed). Leaves the store's clock at `date`.
qint64 addPastWorkshop(WorkshopStore& store, const PastWorkshop& past);

// The meal-kit team's two workshops a year apart: the second keeps two inputs, renames one,
// redefines one, gives one a new owner, drops one and adds one, and changes the metric, the
// game and the guardrail. Returns {earlier id, later id}.
QList<qint64> addMealKitHistory(WorkshopStore& store, const QString& product);
