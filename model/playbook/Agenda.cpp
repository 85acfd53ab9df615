#include "Agenda.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

std::optional<AgendaStage> stageFromJson(const QJsonObject& object, const QString& parent,
                                         QString* error) {
    AgendaStage stage;
    stage.key = object.value(QLatin1String("key")).toString();
    stage.title = object.value(QLatin1String("title")).toString();
    stage.purpose = object.value(QLatin1String("purpose")).toString();
    stage.prompt = object.value(QLatin1String("prompt")).toString();
    stage.script = object.value(QLatin1String("script")).toString();
    stage.tip = object.value(QLatin1String("tip")).toString();
    stage.parentKey = parent;
    if (stage.key.isEmpty() || stage.title.isEmpty() || stage.prompt.isEmpty()) {
        *error =
            Agenda::tr("a stage is missing its key, title or prompt (after \"%1\")").arg(parent);
        return std::nullopt;
    }
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    for (const QJsonValue& value : steps) {
        if (!parent.isEmpty()) {
            *error = Agenda::tr("step \"%1\" has steps of its own").arg(stage.key);
            return std::nullopt;
        }
        auto step = stageFromJson(value.toObject(), stage.key, error);
        if (!step)
            return std::nullopt;
        stage.steps.append(*step);
    }
    return stage;
}

} // namespace

std::optional<Agenda> Agenda::fromJson(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = tr("the agenda is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("lodestar-agenda") ||
        root.value(QLatin1String("version")).toInt() != 1) {
        *error = tr("the agenda file is not a version 1 Lodestar agenda");
        return std::nullopt;
    }

    Agenda agenda;
    QSet<QString> runnableKeys;
    QSet<QString> allKeys;
    for (const QJsonValue& value : root.value(QLatin1String("stages")).toArray()) {
        auto block = stageFromJson(value.toObject(), QString(), error);
        if (!block)
            return std::nullopt;
        QList<AgendaStage> runnable = block->steps.isEmpty() ? QList{*block} : block->steps;
        for (const AgendaStage& stage : runnable)
            runnableKeys.insert(stage.key);
        for (const QString& key : [&] {
                 QStringList keys{block->key};
                 for (const AgendaStage& s : block->steps)
                     keys.append(s.key);
                 return keys;
             }()) {
            if (allKeys.contains(key)) {
                *error = tr("the stage key \"%1\" is used twice").arg(key);
                return std::nullopt;
            }
            allKeys.insert(key);
        }
        agenda.m_blocks.append(*block);
    }
    if (agenda.m_blocks.isEmpty()) {
        *error = tr("the agenda has no stages");
        return std::nullopt;
    }

    for (const QJsonValue& value : root.value(QLatin1String("variants")).toArray()) {
        const QJsonObject variant = value.toObject();
        const int minutes = variant.value(QLatin1String("minutes")).toInt();
        const QJsonObject timings = variant.value(QLatin1String("timings")).toObject();
        QHash<QString, int> table;
        int total = 0;
        for (const QString& key : runnableKeys) {
            const QJsonValue timing = timings.value(key);
            if (!timing.isDouble() || timing.toInt() < 0) {
                *error = tr("the %1-minute agenda has no minutes for \"%2\"").arg(minutes).arg(key);
                return std::nullopt;
            }
            table.insert(key, timing.toInt());
            total += timing.toInt();
        }
        if (minutes <= 0 || total != minutes) {
            *error = tr("the %1-minute agenda adds up to %2 minutes").arg(minutes).arg(total);
            return std::nullopt;
        }
        agenda.m_variants.append(minutes);
        agenda.m_timings.append(table);
    }
    if (agenda.m_variants.isEmpty()) {
        *error = tr("the agenda has no timed variants");
        return std::nullopt;
    }
    return agenda;
}

namespace {
struct StandardAgenda {
    Agenda agenda;
    QString error;
};

const StandardAgenda& standardAgenda() {
    static const StandardAgenda loaded = [] {
        StandardAgenda result;
        QFile file(QStringLiteral(":/playbook/agenda.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = Agenda::tr("the bundled agenda is missing");
            return result;
        }
        if (auto agenda = Agenda::fromJson(file.readAll(), &result.error))
            result.agenda = *agenda;
        return result;
    }();
    return loaded;
}
} // namespace

const Agenda& Agenda::standard() {
    return standardAgenda().agenda;
}

QString Agenda::standardError() {
    return standardAgenda().error;
}

QList<AgendaStage> Agenda::blocks(int variantMinutes) const {
    const qsizetype index = m_variants.indexOf(variantMinutes);
    if (index < 0)
        return {};
    const QHash<QString, int>& timing = m_timings.at(index);
    QList<AgendaStage> result = m_blocks;
    for (AgendaStage& block : result) {
        if (block.steps.isEmpty()) {
            block.minutes = timing.value(block.key);
            continue;
        }
        block.minutes = 0;
        for (AgendaStage& step : block.steps) {
            step.minutes = timing.value(step.key);
            block.minutes += step.minutes;
        }
    }
    return result;
}

QList<AgendaStage> Agenda::runnableStages(int variantMinutes) const {
    QList<AgendaStage> result;
    for (const AgendaStage& block : blocks(variantMinutes)) {
        if (block.steps.isEmpty())
            result.append(block);
        else
            result.append(block.steps);
    }
    return result;
}

std::optional<AgendaStage> Agenda::stage(const QString& key, int variantMinutes) const {
    for (const AgendaStage& block : blocks(variantMinutes)) {
        if (block.key == key)
            return block;
        for (const AgendaStage& step : block.steps)
            if (step.key == key)
                return step;
    }
    return std::nullopt;
}

QStringList Agenda::stageKeys() const {
    QStringList keys;
    for (const AgendaStage& block : m_blocks) {
        keys.append(block.key);
        for (const AgendaStage& step : block.steps)
            keys.append(step.key);
    }
    return keys;
}
