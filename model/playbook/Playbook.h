#pragma once
// Everything the facilitator teaches from, loaded once from resources/playbook/*.json and
// validated: opening questions, games, checklist and metric warnings, input patterns with
// the Instacart example, reference North Stars, the OpenTable warm-up and the templates.
// Stage pages read it through Playbook::standard(); nothing here is hard-coded in widgets.
#include "PlaybookContent.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class Playbook {
    Q_DECLARE_TR_FUNCTIONS(Playbook)

public:
    // The files a playbook is made of, e.g. "games.json" (agenda.json is Agenda's).
    static QStringList fileNames();
    // Builds a playbook from file name → contents. A missing, malformed or incomplete file
    // yields nothing, and `error` names the file and the problem.
    static std::optional<Playbook> fromFiles(const QHash<QString, QByteArray>& files,
                                             QString* error);
    // Reads fileNames() from a folder (a Qt resource path such as ":/playbook" works too).
    static std::optional<Playbook> fromDirectory(const QString& path, QString* error);
    // The playbook bundled with the app, loaded once. Empty if the bundle is broken, in which
    // case standardError() says why.
    static const Playbook& standard();
    static QString standardError();

    QString safetyReminder() const { return m_safetyReminder; }
    const QList<OpeningQuestion>& openingQuestions() const { return m_openingQuestions; }

    QString gameCoaching() const { return m_gameCoaching; }
    const QList<GameGuide>& games() const { return m_games; }
    std::optional<GameGuide> game(Game game) const;

    const QList<ChecklistCriterion>& checklist() const { return m_checklist; }
    std::optional<ChecklistCriterion> criterion(const QString& key) const;
    const MetricWordList& vanityMetrics() const { return m_vanity; }
    const MetricWordList& laggingMetrics() const { return m_lagging; }

    QString inputFormula() const { return m_inputFormula; }
    const QList<InputPatternGuide>& inputPatterns() const { return m_patterns; }
    std::optional<InputPatternGuide> inputPattern(InputPattern pattern) const;
    const WorkedExample& workedExample() const { return m_workedExample; }

    const QList<ReferenceExample>& referenceExamples() const { return m_examples; }
    // The examples with a projector line, in the file's order: the projector's cheat sheet.
    QList<ReferenceExample> projectorExamples() const;
    const WarmUpBrief& warmUp() const { return m_warmUp; }

    const QList<FillInTemplate>& templates() const { return m_templates; }
    std::optional<FillInTemplate> fillInTemplate(const QString& key) const;
    QList<FillInTemplate> templatesInGroup(const QString& group) const;

    const RevisitGuide& revisit() const { return m_revisit; }

private:
    QString m_safetyReminder;
    QList<OpeningQuestion> m_openingQuestions;
    QString m_gameCoaching;
    QList<GameGuide> m_games;
    QList<ChecklistCriterion> m_checklist;
    MetricWordList m_vanity;
    MetricWordList m_lagging;
    QString m_inputFormula;
    QList<InputPatternGuide> m_patterns;
    WorkedExample m_workedExample;
    QList<ReferenceExample> m_examples;
    WarmUpBrief m_warmUp;
    QList<FillInTemplate> m_templates;
    RevisitGuide m_revisit;
};
