#include "PlaybookSections.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PlaybookSections {

namespace {
QString item(const QString& what, qsizetype index, const QString& key = {}) {
    return key.isEmpty() ? PlaybookFile::tr("%1 %2").arg(what).arg(index + 1)
                         : PlaybookFile::tr("%1 %2 (\"%3\")").arg(what).arg(index + 1).arg(key);
}

MetricWordList readWordList(PlaybookFile& file, const QJsonObject& warnings, QLatin1String name) {
    const QJsonObject list = file.object(warnings, name, PlaybookFile::tr("\"warnings\""));
    const QString where = PlaybookFile::tr("warning list \"%1\"").arg(name);
    return {file.text(list, "hint"_L1, where), file.texts(list, "terms"_L1, where, 1)};
}
} // namespace

QStringList checklistKeys() {
    return {u"value"_s,          u"vision"_s,     u"leading"_s,   u"actionable"_s,
            u"understandable"_s, u"measurable"_s, u"not_vanity"_s};
}

Opening readOpening(PlaybookFile& file) {
    Opening opening;
    opening.reminder = file.text(file.root(), "reminder"_L1, {});
    const QList<QJsonObject> items = file.objects(file.root(), "questions"_L1, {}, 1);
    for (qsizetype i = 0; i < items.size() && file.ok(); ++i) {
        const QJsonObject& o = items.at(i);
        OpeningQuestion q;
        q.key = file.text(o, "key"_L1, item(PlaybookFile::tr("question"), i));
        const QString where = item(PlaybookFile::tr("question"), i, q.key);
        q.question = file.text(o, "question"_L1, where);
        q.note = file.text(o, "note"_L1, where);
        file.claimKey("questions"_L1, q.key, where);
        opening.questions.append(q);
    }
    return opening;
}

Games readGames(PlaybookFile& file) {
    Games result;
    result.coaching = file.text(file.root(), "coaching"_L1, {});
    const QList<QJsonObject> items = file.objects(file.root(), "games"_L1, {}, 1);
    QStringList keys;
    for (qsizetype i = 0; i < items.size() && file.ok(); ++i) {
        const QJsonObject& o = items.at(i);
        GameGuide g;
        g.key = file.text(o, "key"_L1, item(PlaybookFile::tr("game"), i));
        const QString where = item(PlaybookFile::tr("game"), i, g.key);
        g.game = gameFromKey(g.key);
        g.title = file.text(o, "title"_L1, where);
        g.tagline = file.text(o, "tagline"_L1, where);
        g.question = file.text(o, "question"_L1, where);
        g.weSay = file.texts(o, "weSay"_L1, where, 1);
        g.examples = file.texts(o, "examples"_L1, where, 1);
        const QJsonObject sample = file.object(o, "sample"_L1, where);
        const QString sampleWhere = PlaybookFile::tr("%1, sample").arg(where);
        g.sampleCompany = file.text(sample, "company"_L1, sampleWhere);
        g.sampleName = file.text(sample, "name"_L1, sampleWhere);
        g.sampleDefinition = file.text(sample, "definition"_L1, sampleWhere);
        g.valueExchange = file.text(o, "valueExchange"_L1, where);
        file.claimKey("games"_L1, g.key, where);
        keys.append(g.key);
        result.games.append(g);
    }
    file.expectKeys(keys, {u"attention"_s, u"transaction"_s, u"productivity"_s},
                    PlaybookFile::tr("game"));
    return result;
}

Checklist readChecklist(PlaybookFile& file) {
    Checklist result;
    const QList<QJsonObject> items = file.objects(file.root(), "criteria"_L1, {}, 1);
    QStringList keys;
    for (qsizetype i = 0; i < items.size() && file.ok(); ++i) {
        const QJsonObject& o = items.at(i);
        ChecklistCriterion c;
        c.key = file.text(o, "key"_L1, item(PlaybookFile::tr("criterion"), i));
        const QString where = item(PlaybookFile::tr("criterion"), i, c.key);
        c.title = file.text(o, "title"_L1, where);
        c.meaning = file.text(o, "meaning"_L1, where);
        c.question = file.text(o, "question"_L1, where);
        c.broken = file.text(o, "broken"_L1, where);
        file.claimKey("criteria"_L1, c.key, where);
        keys.append(c.key);
        result.criteria.append(c);
    }
    file.expectKeys(keys, checklistKeys(), PlaybookFile::tr("criterion"));
    const QJsonObject warnings = file.object(file.root(), "warnings"_L1, {});
    result.vanity = readWordList(file, warnings, "vanity"_L1);
    result.lagging = readWordList(file, warnings, "lagging"_L1);
    return result;
}

Structure readStructure(PlaybookFile& file) {
    Structure result;
    result.formula = file.text(file.root(), "formula"_L1, {});
    const QList<QJsonObject> items = file.objects(file.root(), "patterns"_L1, {}, 1);
    QStringList keys;
    for (qsizetype i = 0; i < items.size() && file.ok(); ++i) {
        const QJsonObject& o = items.at(i);
        InputPatternGuide p;
        p.key = file.text(o, "key"_L1, item(PlaybookFile::tr("pattern"), i));
        const QString where = item(PlaybookFile::tr("pattern"), i, p.key);
        p.pattern = inputPatternFromKey(p.key);
        p.title = file.text(o, "title"_L1, where);
        p.meaning = file.text(o, "meaning"_L1, where);
        p.question = file.text(o, "question"_L1, where);
        file.claimKey("patterns"_L1, p.key, where);
        keys.append(p.key);
        result.patterns.append(p);
    }
    file.expectKeys(keys, {u"breadth"_s, u"depth"_s, u"frequency"_s, u"efficiency"_s},
                    PlaybookFile::tr("pattern"));

    const QString where = PlaybookFile::tr("\"example\"");
    const QJsonObject o = file.object(file.root(), "example"_L1, {});
    WorkedExample& e = result.example;
    e.company = file.text(o, "company"_L1, where);
    const QString game = file.text(o, "game"_L1, where);
    e.game = gameFromKey(game);
    if (file.ok() && e.game == Game::Undecided)
        file.fail(where, PlaybookFile::tr("\"%1\" is not a game").arg(game));
    e.name = file.text(o, "name"_L1, where);
    e.definition = file.text(o, "definition"_L1, where);
    e.note = file.optionalText(o, "note"_L1, where);
    const QList<QJsonObject> inputs = file.objects(o, "inputs"_L1, where, 3);
    for (qsizetype i = 0; i < inputs.size() && file.ok(); ++i) {
        const QString inputWhere = item(PlaybookFile::tr("example input"), i);
        WorkedInput input;
        const QString pattern = file.text(inputs.at(i), "pattern"_L1, inputWhere);
        input.pattern = inputPatternFromKey(pattern);
        if (file.ok() && !keys.contains(pattern))
            file.fail(inputWhere, PlaybookFile::tr("\"%1\" is not an input pattern").arg(pattern));
        input.name = file.text(inputs.at(i), "name"_L1, inputWhere);
        input.definition = file.optionalText(inputs.at(i), "definition"_L1, inputWhere);
        input.owner = file.optionalText(inputs.at(i), "owner"_L1, inputWhere);
        e.inputs.append(input);
    }
    if (o.contains("guardrail"_L1)) {
        const QJsonObject guardrail = file.object(o, "guardrail"_L1, where);
        e.guardrailName = file.text(guardrail, "name"_L1, PlaybookFile::tr("guardrail"));
        e.guardrailDefinition =
            file.optionalText(guardrail, "definition"_L1, PlaybookFile::tr("guardrail"));
    }
    return result;
}

QList<ReferenceExample> readExamples(PlaybookFile& file) {
    QList<ReferenceExample> result;
    const QList<QJsonObject> items = file.objects(file.root(), "examples"_L1, {}, 1);
    for (qsizetype i = 0; i < items.size() && file.ok(); ++i) {
        const QJsonObject& o = items.at(i);
        ReferenceExample e;
        e.company = file.text(o, "company"_L1, item(PlaybookFile::tr("example"), i));
        const QString where = item(PlaybookFile::tr("example"), i, e.company);
        e.metric = file.text(o, "metric"_L1, where);
        e.inputs = file.texts(o, "inputs"_L1, where, 0);
        e.note = file.optionalText(o, "note"_L1, where);
        e.projectorLine = file.optionalText(o, "projector"_L1, where).simplified();
        const qsizetype words = e.projectorLine.count(u' ') + 1;
        if (!e.projectorLine.isEmpty() && words > ReferenceExample::ProjectorLineWords)
            file.fail(where, PlaybookFile::tr("the \"projector\" line has %1 words; the "
                                              "projector shows at most %2")
                                 .arg(words)
                                 .arg(ReferenceExample::ProjectorLineWords));
        file.claimKey("examples"_L1, e.company, where);
        result.append(e);
    }
    const auto shown = std::count_if(result.cbegin(), result.cend(),
                                     [](const auto& e) { return !e.projectorLine.isEmpty(); });
    if (file.ok() && (shown == 0 || shown > ReferenceExample::ProjectorExamples))
        file.fail({}, PlaybookFile::tr("%1 examples have a \"projector\" line; the projector "
                                       "shows one to %2")
                          .arg(shown)
                          .arg(ReferenceExample::ProjectorExamples));
    return result;
}

WarmUpBrief readWarmUp(PlaybookFile& file) {
    WarmUpBrief b;
    b.company = file.text(file.root(), "company"_L1, {});
    b.title = file.text(file.root(), "title"_L1, {});
    b.brief = file.text(file.root(), "brief"_L1, {});
    b.facts = file.texts(file.root(), "facts"_L1, {}, 1);
    b.tasks = file.texts(file.root(), "tasks"_L1, {}, 1);
    return b;
}

RevisitGuide readRevisit(PlaybookFile& file, const QStringList& agendaKeys) {
    RevisitGuide guide;
    guide.skippedStages = file.texts(file.root(), "skip"_L1, {}, 1);
    for (const QString& key : std::as_const(guide.skippedStages))
        if (file.ok() && !agendaKeys.contains(key))
            file.fail(PlaybookFile::tr("\"skip\""),
                      PlaybookFile::tr("\"%1\" is not a stage of the agenda").arg(key));
    const QList<QJsonObject> items = file.objects(file.root(), "stages"_L1, {}, 1);
    for (qsizetype i = 0; i < items.size() && file.ok(); ++i) {
        const QJsonObject& o = items.at(i);
        const QString where = item(PlaybookFile::tr("stage"), i);
        RevisitStageGuide stage;
        stage.title = file.text(o, "title"_L1, where);
        stage.prompt = file.text(o, "prompt"_L1, where);
        stage.points = file.texts(o, "points"_L1, where, 1);
        stage.script = file.optionalText(o, "script"_L1, where);
        stage.tip = file.optionalText(o, "tip"_L1, where);
        stage.minutes = o.value("minutes"_L1).toInt(-1);
        if (file.ok() && (stage.minutes < 1 || stage.minutes > 60))
            file.fail(where, PlaybookFile::tr("\"minutes\" must be a whole number from 1 to 60"));
        guide.stages.append(stage);
    }
    guide.checkInQuestions = file.texts(file.root(), "checkIn"_L1, {}, 1);
    return guide;
}

QList<FillInTemplate> readTemplates(PlaybookFile& file) {
    QList<FillInTemplate> result;
    const QList<QJsonObject> items = file.objects(file.root(), "templates"_L1, {}, 1);
    QStringList keys;
    for (qsizetype i = 0; i < items.size() && file.ok(); ++i) {
        const QJsonObject& o = items.at(i);
        FillInTemplate t;
        t.key = file.text(o, "key"_L1, item(PlaybookFile::tr("template"), i));
        const QString where = item(PlaybookFile::tr("template"), i, t.key);
        t.group = file.text(o, "group"_L1, where);
        t.title = file.text(o, "title"_L1, where);
        t.text = file.text(o, "text"_L1, where);
        const QList<QJsonObject> blanks = file.objects(o, "blanks"_L1, where, 1);
        QStringList blankKeys;
        for (qsizetype b = 0; b < blanks.size() && file.ok(); ++b) {
            const QString blankWhere = PlaybookFile::tr("%1, blank %2").arg(where).arg(b + 1);
            TemplateBlank blank{file.text(blanks.at(b), "key"_L1, blankWhere),
                                file.text(blanks.at(b), "hint"_L1, blankWhere)};
            blankKeys.append(blank.key);
            t.blanks.append(blank);
        }
        const QStringList placeholders = t.placeholders();
        for (const QString& key : placeholders)
            if (file.ok() && !blankKeys.contains(key))
                file.fail(
                    where,
                    PlaybookFile::tr("the text uses {%1} but no blank describes it").arg(key));
        for (const QString& key : std::as_const(blankKeys))
            if (file.ok() && !placeholders.contains(key))
                file.fail(
                    where,
                    PlaybookFile::tr("the blank \"%1\" does not appear in the text").arg(key));
        file.claimKey("templates"_L1, t.key, where);
        keys.append(t.key);
        result.append(t);
    }
    for (const QString& needed : {u"candidate"_s, u"vision"_s, u"input_opportunity"_s})
        if (file.ok() && !keys.contains(needed))
            file.fail({}, PlaybookFile::tr("the template \"%1\" is missing").arg(needed));
    return result;
}

} // namespace PlaybookSections
