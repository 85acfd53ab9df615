#pragma once
// The workshop's agenda as the playbook describes it: six blocks, the last split into
// steps, each with its purpose, what to show the room, what the facilitator says, and
// planned minutes for the 60-, 90- and 120-minute variants. Loaded from
// resources/playbook/agenda.json and validated, never hard-coded in widgets.
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct AgendaStage {
    QString key;
    QString title;
    QString purpose;
    QString prompt;    // the line shown to the room
    QString script;    // what the facilitator says; console only
    QString tip;       // coaching tip; console only
    QString parentKey; // the block a step belongs to; empty for a block
    int minutes = 0;   // planned minutes in the chosen variant; for a block, its steps' sum
    QList<AgendaStage> steps;

    bool isStep() const { return !parentKey.isEmpty(); }
};

class Agenda {
    Q_DECLARE_TR_FUNCTIONS(Agenda)

public:
    // Parses and validates agenda JSON; on failure returns nothing and says why in `error`.
    static std::optional<Agenda> fromJson(const QByteArray& json, QString* error);
    // The agenda bundled with the app, loaded once. Empty if the bundle is broken, in
    // which case standardError() says why.
    static const Agenda& standard();
    static QString standardError();

    QList<int> variants() const { return m_variants; }
    bool hasVariant(int minutes) const { return m_variants.contains(minutes); }
    // The blocks of one variant, each with its steps.
    QList<AgendaStage> blocks(int variantMinutes) const;
    // Every stage the facilitator runs, in order: blocks without steps, and steps.
    QList<AgendaStage> runnableStages(int variantMinutes) const;
    std::optional<AgendaStage> stage(const QString& key, int variantMinutes) const;
    // Every stage key in agenda order, each block and then its steps: the order in which
    // libraries sort "Stage reached" (the team schema's lodestar.stage_rank repeats it).
    QStringList stageKeys() const;

private:
    QList<AgendaStage> m_blocks;          // minutes unset
    QList<int> m_variants;                // e.g. 120, 90, 60
    QList<QHash<QString, int>> m_timings; // parallel to m_variants
};
