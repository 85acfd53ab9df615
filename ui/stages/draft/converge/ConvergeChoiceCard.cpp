#include "ConvergeChoiceCard.h"

#include "Theme.h"
#include "UserText.h"
#include "scoring/DecisionMatrix.h"
#include "scoring/DotVote.h"
#include "scoring/ListText.h"
#include "scoring/Shortlist.h"
#include "session/ConvergeCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftText.h"
#include "stages/draft/decide/DecideData.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString quoted(const QString& text) {
    return ConvergeChoiceCard::tr("“%1”").arg(text.trimmed().isEmpty()
                                                  ? ConvergeChoiceCard::tr("(no name yet)")
                                                  : UserText::isolate(text.trimmed()));
}

// The chosen row's background: the star accent, faint enough for ink text on top.
QColor starTint() {
    QColor tint = Theme::color(Theme::Role::Star);
    tint.setAlphaF(0.16);
    return tint;
}
} // namespace

ConvergeChoiceCard::ConvergeChoiceCard(StageContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_leaders(new QHBoxLayout)
    , m_list(new QVBoxLayout) {
    setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(StageWidgets::label(tr("Choose the North Star"), this, "sectionTitle"));
    layout->addWidget(StageWidgets::hint(
        tr("Start from the leaders, or let the room write its own version of any candidate: "
           "the new one keeps a link to where it came from."),
        this));
    m_leaders->setSpacing(12);
    layout->addLayout(m_leaders);
    auto* inPlay = StageWidgets::label(tr("Every candidate still in play"), this);
    inPlay->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    layout->addWidget(inPlay);
    m_list->setSpacing(2);
    layout->addLayout(m_list);
    if (m_context.passTheLaptop)
        connect(m_context.passTheLaptop, &PassTheLaptop::changed, this,
                &ConvergeChoiceCard::refresh);
    refresh();
}

QString ConvergeChoiceCard::nameOf(qint64 candidateId) const {
    for (const Candidate& c : m_all)
        if (c.id == candidateId)
            return c.name;
    return {};
}

QString ConvergeChoiceCard::originOf(const Candidate& candidate) const {
    if (candidate.status == CandidateStatus::Eliminated)
        return tr("eliminated");
    // A revisit's candidate carried over from the workshop before: keeping it keeps the
    // North Star, choosing another changes it (the product's history says which).
    if (candidate.incumbent)
        return tr("our North Star so far: choosing it keeps it");
    switch (candidate.kind) {
    case CandidateKind::Pair:
        return tr("pair candidate");
    case CandidateKind::Room:
        return candidate.mergedFrom.isEmpty()
                   ? tr("written by the room")
                   : tr("the room's version of %1")
                         .arg(quoted(nameOf(candidate.mergedFrom.first())));
    default:
        return tr("silent card");
    }
}

void ConvergeChoiceCard::refresh() {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    if (!workshop)
        return;
    m_all = m_context.store.candidates(m_context.workshopId);
    const QList<Candidate> survivors = Shortlist::survivors(m_all);
    QList<qint64> ids;
    for (const Candidate& c : survivors)
        ids << c.id;
    const DecisionMatrix matrix(m_context.store.matrixCriteria(m_context.workshopId), ids,
                                m_context.store.matrixScores(m_context.workshopId));
    DotVote vote(workshop->dotsPerPerson, workshop->maxDotsPerCandidate);
    vote.setVotes(m_context.store.votes(m_context.workshopId));
    m_matrixLeaders = matrix.leaders();
    m_voteLeaders = vote.leaders(ids);
    m_points.clear();
    m_dots.clear();
    for (const MatrixRow& row : matrix.rows())
        if (row.filledCells > 0)
            m_points.insert(row.candidateId,
                            tr("%1 of %2 points").arg(row.total).arg(matrix.maxTotal()));
    for (const DotTally& t : vote.tally(ids))
        if (t.dots > 0)
            m_dots.insert(t.candidateId, t.dots == 1 ? tr("1 dot") : tr("%1 dots").arg(t.dots));
    m_countHidden =
        m_context.passingLaptop() && !DecideData::voteClosed(m_context.store, m_context.workshopId);
    if (m_countHidden) {
        // While the laptop goes round, an open vote's running count stays off it.
        m_voteLeaders.clear();
        m_dots.clear();
    }

    // The chosen candidate stays on the list even if it is no longer in play.
    const qint64 chosenId = workshop->northStarId;
    QList<Candidate> shown = survivors;
    if (chosenId != 0 && !ids.contains(chosenId))
        for (const Candidate& c : std::as_const(m_all))
            if (c.id == chosenId)
                shown.prepend(c);
    m_details.clear();
    QStringList shape{QString::number(chosenId), QString::number(m_countHidden)};
    for (const QList<qint64>& leaders : {m_matrixLeaders, m_voteLeaders}) {
        QStringList tile;
        for (qint64 id : leaders)
            tile << QString::number(id);
        shape << tile.join(u',');
    }
    for (const Candidate& c : std::as_const(shown)) {
        QStringList details;
        if (m_matrixLeaders.contains(c.id))
            details << tr("matrix leader");
        if (m_voteLeaders.contains(c.id))
            details << tr("most dots");
        if (m_points.contains(c.id))
            details << m_points.value(c.id);
        if (m_dots.contains(c.id))
            details << m_dots.value(c.id);
        m_details.insert(c.id, details.join(tr(" · ")));
        shape << QStringLiteral("%1:%2").arg(c.id).arg(m_details.value(c.id));
    }
    if (shape.join(u'|') != m_shape) {
        m_shape = shape.join(u'|');
        rebuild(shown, chosenId);
    }
    applyTexts();
}

void ConvergeChoiceCard::rebuild(const QList<Candidate>& shown, qint64 chosenId) {
    // Rebuilding replaces the buttons; keep the keyboard where it was.
    QWidget* focused = QApplication::focusWidget(); // not focusWidget(): that remembers old focus
    const QString focusedName =
        focused && isAncestorOf(focused) ? focused->objectName() : QString();
    // Out of the layout and out of sight now, deleted later: the click that got us here may
    // still be running in one of these buttons.
    for (QWidget* w : std::as_const(m_built))
        DraftText::discard(w);
    m_built.clear();
    m_named.clear();
    m_choose.clear();
    m_writeFrom.clear();
    m_leaderButtons.clear();

    QWidget* matrixTile = createLeaderTile(QStringLiteral("matrix"), tr("The matrix leads with"),
                                           m_matrixLeaders, chosenId);
    QWidget* voteTile =
        createLeaderTile(QStringLiteral("vote"), tr("Most dots"), m_voteLeaders, chosenId);
    m_leaders->addWidget(matrixTile, 1);
    m_leaders->addWidget(voteTile, 1);
    m_built << matrixTile << voteTile;
    m_shown.clear();
    for (const Candidate& c : shown) {
        QWidget* row = createRow(c, chosenId);
        m_list->addWidget(row);
        m_built << row;
        m_shown << c.id;
    }
    if (shown.isEmpty()) {
        QLabel* none = StageWidgets::hint(
            tr("No candidates are in play yet. Share and score some first, or go back a step."),
            this);
        m_list->addWidget(none);
        m_built << none;
    }
    if (!focusedName.isEmpty())
        if (auto* again = findChild<QWidget*>(focusedName); again && again->isEnabled())
            again->setFocus();
}

void ConvergeChoiceCard::applyTexts() {
    for (const NamedWidgets& named : std::as_const(m_named)) {
        const QString name = nameOf(named.candidateId);
        if (named.name->text() != name)
            named.name->setText(name);
        const QString chooseName = tr("Choose %1 as our North Star").arg(quoted(name));
        for (QAbstractButton* button : named.choose)
            if (button->accessibleName() != chooseName)
                button->setAccessibleName(chooseName);
        if (named.writeFrom)
            named.writeFrom->setAccessibleName(
                tr("Write the room's own North Star, starting from %1").arg(quoted(name)));
        if (!named.about)
            continue;
        for (const Candidate& c : std::as_const(m_all))
            if (c.id == named.candidateId) {
                const QString details = m_details.value(c.id);
                const QString about =
                    details.isEmpty() ? originOf(c) : originOf(c) + tr(" · ") + details;
                if (named.about->text() != about)
                    named.about->setText(about);
            }
    }
}

QWidget* ConvergeChoiceCard::createLeaderTile(const QString& which, const QString& heading,
                                              const QList<qint64>& leaders, qint64 chosenId) {
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("leaderTile"));
    tile->setStyleSheet(
        QStringLiteral("QFrame#leaderTile { background: %1; border: 1px solid "
                       "%2; border-radius: 8px; }")
            .arg(Theme::color(Theme::Role::Paper).name(), Theme::color(Theme::Role::Mist).name()));
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    layout->addWidget(StageWidgets::hint(heading, tile));
    if (leaders.isEmpty()) {
        layout->addWidget(StageWidgets::label(
            which == QLatin1String("matrix") ? tr("No scores in the matrix yet.")
            : m_countHidden                  ? tr("Hidden until the vote closes: the "
                                                                   "laptop is going round.")
                                             : tr("No dots placed yet."),
            tile));
        layout->addStretch();
        return tile;
    }
    if (leaders.size() > 1)
        layout->addWidget(StageWidgets::label(
            tr("A tie between %n candidates.", nullptr, int(leaders.size())), tile));
    const QHash<qint64, QString>& measures = which == QLatin1String("matrix") ? m_points : m_dots;
    for (qint64 id : leaders) {
        QLabel* name = StageWidgets::label({}, tile);
        name->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 12pt;"));
        layout->addWidget(name);
        auto* row = new QHBoxLayout;
        row->addWidget(StageWidgets::hint(measures.value(id), tile), 1);
        auto* button = new QPushButton(tile);
        button->setObjectName(QStringLiteral("leader_%1_%2").arg(which).arg(id));
        if (id == chosenId) {
            button->setText(tr("★ Our North Star"));
            button->setEnabled(false);
        } else {
            button->setText(tr("Choose this"));
        }
        connect(button, &QPushButton::clicked, this, [this, id] { choose(id); });
        row->addWidget(button);
        layout->addLayout(row);
        m_leaderButtons.insert(which + QString::number(id), button);
        m_named.append({id, name, nullptr, {button}, nullptr});
    }
    layout->addStretch();
    return tile;
}

QWidget* ConvergeChoiceCard::createRow(const Candidate& candidate, qint64 chosenId) {
    const bool chosen = candidate.id == chosenId;
    auto* row = new QFrame(this);
    row->setObjectName(chosen ? QStringLiteral("chosenRow") : QStringLiteral("candidateRow"));
    if (chosen)
        row->setStyleSheet(
            QStringLiteral("QFrame#chosenRow { background: %1; border: 1px solid "
                           "%2; border-radius: 6px; }")
                .arg(starTint().name(QColor::HexArgb), Theme::color(Theme::Role::Star).name()));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(10);
    QLabel* star = StageWidgets::label(chosen ? tr("★") : QString(), row);
    star->setFixedWidth(18);
    star->setStyleSheet(QStringLiteral("color: %1; font-size: 13pt;")
                            .arg(Theme::color(Theme::Role::Star).darker(150).name()));
    layout->addWidget(star);
    auto* text = new QVBoxLayout;
    text->setSpacing(0);
    QLabel* name = StageWidgets::label({}, row);
    name->setStyleSheet(chosen ? QStringLiteral("font-weight: 700;")
                               : QStringLiteral("font-weight: 600;"));
    text->addWidget(name);
    QLabel* about = StageWidgets::hint({}, row);
    text->addWidget(about);
    layout->addLayout(text, 1);
    const qint64 id = candidate.id;
    auto* chooseButton = new QPushButton(chosen ? tr("Chosen") : tr("Choose"), row);
    chooseButton->setObjectName(QStringLiteral("choose_%1").arg(id));
    chooseButton->setEnabled(!chosen);
    auto* writeButton = new QPushButton(tr("Write our own from it"), row);
    writeButton->setObjectName(QStringLiteral("writeFrom_%1").arg(id));
    writeButton->setToolTip(
        tr("A new candidate with the same text and inputs, linked to this one, becomes the "
           "North Star. Ctrl+Z takes it back."));
    layout->addWidget(chooseButton);
    layout->addWidget(writeButton);
    connect(chooseButton, &QPushButton::clicked, this, [this, id] { choose(id); });
    connect(writeButton, &QPushButton::clicked, this, [this, id] { writeFrom(id); });
    m_choose.insert(id, chooseButton);
    m_writeFrom.insert(id, writeButton);
    m_named.append({id, name, about, {chooseButton}, writeButton});
    return row;
}

void ConvergeChoiceCard::choose(qint64 candidateId) {
    if (QUndoCommand* command = ConvergeCommands::choose(
            m_context.store, m_context.workshopId, candidateId,
            tr("Choose %1 as the North Star").arg(quoted(nameOf(candidateId)))))
        m_context.session.push(command);
}

void ConvergeChoiceCard::writeFrom(qint64 candidateId) {
    const auto source = m_context.store.candidate(candidateId);
    if (!source)
        return;
    int last = 0;
    for (const Candidate& c : std::as_const(m_all))
        last = std::max(last, c.position);
    if (QUndoCommand* command = ConvergeCommands::writeFrom(
            m_context.store, *source, last + 1,
            tr("Write the room's own North Star from %1").arg(quoted(source->name))))
        m_context.session.push(command);
}
