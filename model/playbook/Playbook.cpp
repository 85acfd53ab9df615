#include "Playbook.h"

#include "Agenda.h"
#include "PlaybookSections.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

QStringList Playbook::fileNames() {
    return {u"opening.json"_s,  u"games.json"_s,  u"checklist.json"_s, u"structure.json"_s,
            u"examples.json"_s, u"warmup.json"_s, u"templates.json"_s, u"revisit.json"_s};
}

std::optional<Playbook> Playbook::fromFiles(const QHash<QString, QByteArray>& files,
                                            QString* error) {
    for (const QString& name : fileNames()) {
        if (!files.contains(name)) {
            *error = tr("%1 is missing from the playbook").arg(name);
            return std::nullopt;
        }
    }
    // Each reader sees only its own file; the first problem stops the load.
    const auto check = [error](const PlaybookFile& file) {
        if (!file.ok())
            *error = file.error();
        return file.ok();
    };
    const auto open = [&files](const QString& name, QLatin1String format) {
        return PlaybookFile(name, files.value(name), format);
    };

    Playbook p;
    PlaybookFile opening = open(u"opening.json"_s, "lodestar-opening"_L1);
    if (opening.ok()) {
        auto section = PlaybookSections::readOpening(opening);
        p.m_safetyReminder = section.reminder;
        p.m_openingQuestions = section.questions;
    }
    if (!check(opening))
        return std::nullopt;

    PlaybookFile games = open(u"games.json"_s, "lodestar-games"_L1);
    if (games.ok()) {
        auto section = PlaybookSections::readGames(games);
        p.m_gameCoaching = section.coaching;
        p.m_games = section.games;
    }
    if (!check(games))
        return std::nullopt;

    PlaybookFile checklist = open(u"checklist.json"_s, "lodestar-checklist"_L1);
    if (checklist.ok()) {
        auto section = PlaybookSections::readChecklist(checklist);
        p.m_checklist = section.criteria;
        p.m_vanity = section.vanity;
        p.m_lagging = section.lagging;
    }
    if (!check(checklist))
        return std::nullopt;

    PlaybookFile structure = open(u"structure.json"_s, "lodestar-structure"_L1);
    if (structure.ok()) {
        auto section = PlaybookSections::readStructure(structure);
        p.m_inputFormula = section.formula;
        p.m_patterns = section.patterns;
        p.m_workedExample = section.example;
    }
    if (!check(structure))
        return std::nullopt;

    PlaybookFile examples = open(u"examples.json"_s, "lodestar-examples"_L1);
    if (examples.ok())
        p.m_examples = PlaybookSections::readExamples(examples);
    if (!check(examples))
        return std::nullopt;

    PlaybookFile warmUp = open(u"warmup.json"_s, "lodestar-warmup"_L1);
    if (warmUp.ok())
        p.m_warmUp = PlaybookSections::readWarmUp(warmUp);
    if (!check(warmUp))
        return std::nullopt;

    PlaybookFile templates = open(u"templates.json"_s, "lodestar-templates"_L1);
    if (templates.ok())
        p.m_templates = PlaybookSections::readTemplates(templates);
    if (!check(templates))
        return std::nullopt;

    PlaybookFile revisit = open(u"revisit.json"_s, "lodestar-revisit"_L1);
    if (revisit.ok()) {
        QStringList agendaKeys;
        for (const AgendaStage& block : Agenda::standard().blocks(120)) {
            agendaKeys.append(block.key);
            for (const AgendaStage& step : block.steps)
                agendaKeys.append(step.key);
        }
        p.m_revisit = PlaybookSections::readRevisit(revisit, agendaKeys);
    }
    if (!check(revisit))
        return std::nullopt;
    return p;
}

std::optional<Playbook> Playbook::fromDirectory(const QString& path, QString* error) {
    QHash<QString, QByteArray> files;
    const QDir dir(path);
    for (const QString& name : fileNames()) {
        QFile file(dir.filePath(name));
        if (!file.exists())
            continue; // fromFiles() reports it as missing
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1 could not be read: %2").arg(name, file.errorString());
            return std::nullopt;
        }
        files.insert(name, file.readAll());
    }
    return fromFiles(files, error);
}

namespace {
struct StandardPlaybook {
    Playbook playbook;
    QString error;
};

const StandardPlaybook& standardPlaybook() {
    static const StandardPlaybook loaded = [] {
        StandardPlaybook result;
        if (auto playbook = Playbook::fromDirectory(u":/playbook"_s, &result.error))
            result.playbook = *playbook;
        else
            result.error = Playbook::tr("The bundled playbook is broken: %1").arg(result.error);
        return result;
    }();
    return loaded;
}
} // namespace

const Playbook& Playbook::standard() {
    return standardPlaybook().playbook;
}

QString Playbook::standardError() {
    return standardPlaybook().error;
}

std::optional<GameGuide> Playbook::game(Game game) const {
    for (const GameGuide& guide : m_games)
        if (guide.game == game)
            return guide;
    return std::nullopt;
}

std::optional<ChecklistCriterion> Playbook::criterion(const QString& key) const {
    for (const ChecklistCriterion& c : m_checklist)
        if (c.key == key)
            return c;
    return std::nullopt;
}

std::optional<InputPatternGuide> Playbook::inputPattern(InputPattern pattern) const {
    for (const InputPatternGuide& guide : m_patterns)
        if (guide.pattern == pattern)
            return guide;
    return std::nullopt;
}

std::optional<FillInTemplate> Playbook::fillInTemplate(const QString& key) const {
    for (const FillInTemplate& t : m_templates)
        if (t.key == key)
            return t;
    return std::nullopt;
}

QList<FillInTemplate> Playbook::templatesInGroup(const QString& group) const {
    QList<FillInTemplate> result;
    for (const FillInTemplate& t : m_templates)
        if (t.group == group)
            result.append(t);
    return result;
}

QList<ReferenceExample> Playbook::projectorExamples() const {
    QList<ReferenceExample> shown;
    for (const ReferenceExample& e : m_examples)
        if (!e.projectorLine.isEmpty())
            shown.append(e);
    return shown;
}
