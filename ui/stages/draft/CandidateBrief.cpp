#include "CandidateBrief.h"

#include "CandidateText.h"
#include "Theme.h"
#include "domain/Input.h"
#include "stages/common/StageWidgets.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

CandidateBrief::CandidateBrief(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("card"));
    m_body = new QVBoxLayout(this);
    m_body->setContentsMargins(20, 16, 20, 18);
    m_body->setSpacing(8);
    m_position = StageWidgets::label({}, this, "sectionTitle");
    m_incumbent = StageWidgets::hint(
        tr("Our North Star until now, carried over from the last workshop: keep it, or choose "
           "a better one."),
        this);
    m_incumbent->setObjectName(QStringLiteral("briefIncumbent"));
    m_incumbent->setAccessibleName(tr("The North Star carried over"));
    m_name = StageWidgets::label({}, this, "briefName");
    m_name->setFont(Theme::font(17, QFont::DemiBold));
    m_sentence = StageWidgets::label({}, this, "briefSentence");
    m_definition = StageWidgets::label({}, this, "briefDefinition");
    m_inputs = StageWidgets::hint({}, this);
    m_inputs->setObjectName(QStringLiteral("briefInputs"));
    m_hints = StageWidgets::label({}, this, "lintHints");
    m_hints->setStyleSheet(QStringLiteral("QLabel#lintHints { background: %3; color: %1; "
                                          "border: 1px solid %2; border-radius: 6px; "
                                          "padding: 8px 10px; }")
                               .arg(Theme::color(Theme::Role::Ink).name(),
                                    Theme::color(Theme::Role::Amber).name(),
                                    Theme::color(Theme::Role::AmberTint).name()));
    m_hints->setAccessibleName(tr("Hints about this candidate"));
    m_eliminated = StageWidgets::label({}, this, "briefEliminated");
    m_eliminated->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(Theme::color(Theme::Role::Red).name()));
    for (QLabel* l : {m_position, m_incumbent, m_name, m_sentence, m_definition, m_inputs, m_hints,
                      m_eliminated})
        m_body->addWidget(l);
    m_body->addStretch();
}

void CandidateBrief::showCandidate(const Candidate& candidate, const QList<Input>& inputs,
                                   const QString& position) {
    const bool out = candidate.status == CandidateStatus::Eliminated;
    m_position->setText(position);
    m_incumbent->setVisible(candidate.incumbent);
    m_name->setText(CandidateText::name(candidate));
    QFont f = m_name->font();
    f.setStrikeOut(out);
    m_name->setFont(f);
    const QString sentence = CandidateText::sentence(candidate);
    m_sentence->setText(sentence);
    m_sentence->setVisible(!sentence.isEmpty());
    m_definition->setText(candidate.definition.trimmed().isEmpty()
                              ? tr("No definition yet.")
                              : tr("Defined as: %1").arg(candidate.definition.trimmed()));
    QStringList names;
    for (const Input& input : inputs)
        if (!input.name.trimmed().isEmpty())
            names << input.name.trimmed();
    m_inputs->setText(names.isEmpty() ? tr("No inputs named yet.")
                                      : tr("Inputs: %1").arg(QLocale().createSeparatedList(names)));
    const QStringList hints = CandidateText::hints(candidate, int(names.size()));
    QStringList lines;
    for (const QString& h : hints)
        lines << tr("⚠ %1").arg(h);
    m_hints->setText(lines.join(u'\n'));
    m_hints->setVisible(!hints.isEmpty());
    m_eliminated->setText(out ? tr("Eliminated: %1").arg(candidate.eliminationReason) : QString());
    m_eliminated->setVisible(out);
}

void CandidateBrief::showNothing(const QString& message) {
    m_position->setText(message);
    for (QLabel* l :
         {m_incumbent, m_name, m_sentence, m_definition, m_inputs, m_hints, m_eliminated}) {
        l->clear();
        l->setVisible(l == m_name);
    }
}
