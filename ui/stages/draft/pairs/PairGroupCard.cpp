#include "PairGroupCard.h"

#include "Theme.h"
#include "UserText.h"
#include "scoring/Lineage.h"
#include "session/DraftCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/DraftText.h"
#include "storage/WorkshopStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int MostCandidatesPerPair = 2; // a soft limit: more gets a warning, never a block
}

PairGroupCard::PairGroupCard(const PairGroupRecord& group, int number, StageContext& context,
                             QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_group(group)
    , m_heading(StageWidgets::label({}, this, "sectionTitle"))
    , m_sourceList(new QVBoxLayout)
    , m_candidateList(new QVBoxLayout)
    , m_merge(new QPushButton(tr("Merge the ticked cards"), this))
    , m_writeNew(new QPushButton(tr("Write a new one"), this))
    , m_warning(StageWidgets::hint({}, this))
    , m_noSources(StageWidgets::hint(tr("They wrote no cards in the silent brainstorm."), this)) {
    setObjectName(QStringLiteral("card"));
    const QHash<qint64, QString> names =
        DraftText::names(context.store.participants(context.workshopId));
    const QString members = DraftText::memberNames(group.members, names);
    m_title = group.id == 0               ? tr("From an earlier draw")
              : group.members.size() == 3 ? tr("Trio %1 · %2").arg(number).arg(members)
                                          : tr("Pair %1 · %2").arg(number).arg(members);
    m_heading->setText(m_title);
    m_merge->setAccessibleName(tr("Merge the ticked cards into one pair candidate"));
    m_writeNew->setAccessibleName(tr("Write a new pair candidate from scratch"));
    m_warning->setObjectName(QStringLiteral("pairWarning"));
    m_sourceList->setSpacing(6);
    m_candidateList->setSpacing(8);

    auto* left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(StageWidgets::label(tr("Their cards"), this, "fieldCaption"));
    left->addLayout(m_sourceList);
    left->addWidget(m_noSources);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_merge);
    actions->addWidget(m_writeNew);
    actions->addStretch();
    left->addLayout(actions);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->setSpacing(6);
    right->addWidget(StageWidgets::label(group.id == 0 ? tr("Their pair is gone; the text is kept")
                                                       : tr("Pair candidates"),
                                         this, "fieldCaption"));
    right->addLayout(m_candidateList);
    right->addWidget(m_warning);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    if (group.id != 0) {
        columns->addLayout(left, 1);
    } else {
        m_merge->hide();
        m_writeNew->hide();
        m_noSources->hide();
    }
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(columns);

    connect(m_merge, &QAbstractButton::clicked, this, &PairGroupCard::mergeTicked);
    connect(m_writeNew, &QAbstractButton::clicked, this, &PairGroupCard::writeNew);
}

void PairGroupCard::refresh(const QList<Candidate>& all, const QHash<qint64, QString>& names) {
    m_all = all;
    const Lineage lineage(all);
    const QList<qint64> available = lineage.unmergedOriginals();
    QList<Candidate> sources;
    for (qint64 member : std::as_const(m_group.members))
        sources << DraftText::ownCards(all, member);
    QList<Candidate> mine;
    for (const Candidate& c : all)
        if (c.kind == CandidateKind::Pair && c.pairId == m_group.id)
            mine << c;

    QList<qint64> sourceIds;
    for (const Candidate& c : sources)
        sourceIds << c.id;
    if (sourceIds != m_sourceIds) {
        for (const SourceRow& row : std::as_const(m_sources))
            DraftText::discard(row.widget);
        m_sources.clear();
        for (const Candidate& c : sources) {
            QWidget* row = createSourceRow(c, names);
            m_sourceList->addWidget(row);
            row->show();
        }
        m_sourceIds = sourceIds;
        m_ticked.intersect(QSet<qint64>(sourceIds.begin(), sourceIds.end()));
    }
    m_noSources->setVisible(sources.isEmpty() && m_group.id != 0);
    for (const Candidate& c : sources) {
        const SourceRow row = m_sources.value(c.id);
        const QString title = DraftText::oneLine(DraftText::title(c), 60);
        row.tick->setText(title);
        // Named after the card, so a screen reader tells one row's controls from the next.
        row.tick->setAccessibleName(tr("Tick “%1” to merge").arg(UserText::isolate(title)));
        row.refine->setAccessibleName(
            tr("Refine “%1” into a pair candidate").arg(UserText::isolate(title)));
        QStringList became;
        for (qint64 child : lineage.children(c.id))
            for (const Candidate& other : all)
                if (other.id == child)
                    became << tr("“%1”").arg(
                        UserText::isolate(DraftText::oneLine(DraftText::title(other), 40)));
        if (available.contains(c.id)) {
            row.status->setText(tr("● Still available"));
            row.status->setObjectName(QStringLiteral("stillAvailable"));
        } else {
            row.status->setText(became.isEmpty()
                                    ? QString()
                                    : tr("→ Became %1").arg(became.join(QStringLiteral(", "))));
            row.status->setObjectName(QStringLiteral("became"));
        }
        row.status->setStyleSheet(
            available.contains(c.id)
                ? QStringLiteral("color: %1; font-weight: 600;")
                      .arg(Theme::color(Theme::Role::Calm).name())
                : QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::CaptionInk).name()));
    }

    QList<qint64> candidateIds;
    for (const Candidate& c : mine)
        candidateIds << c.id;
    if (candidateIds != m_candidateIds) {
        for (DraftCardEditor* editor : std::as_const(m_editors))
            DraftText::discard(editor);
        m_editors.clear();
        for (const Candidate& c : mine) {
            auto* editor = new DraftCardEditor(c, m_context, this);
            editor->setRemoveText(
                tr("Remove the pair candidate “%1”").arg(UserText::isolate(DraftText::title(c))));
            m_candidateList->addWidget(editor);
            editor->show(); // at once: the cursor goes into a new candidate straight away
            m_editors.insert(c.id, editor);
        }
        m_candidateIds = candidateIds;
    }
    for (const Candidate& c : mine) {
        DraftCardEditor* editor = m_editors.value(c.id);
        editor->refresh(c, m_context.store.inputs(c.id));
        const QString from = DraftText::sources(c, all, names);
        editor->setNote(from.isEmpty() ? tr("Written new by the pair")
                                       : tr("Built from: %1").arg(from));
    }
    const auto count = mine.size();
    m_warning->setText(
        count == 0 ? tr("No pair candidate yet: refine a card, merge several, or write a new one.")
        : count > MostCandidatesPerPair
            ? tr("⚠ %1 candidates: a pair keeps one or two. Which could merge?").arg(count)
            : QString());
    m_warning->setVisible(!m_warning->text().isEmpty() && m_group.id != 0);
    refreshMergeButton();
}

QWidget* PairGroupCard::createSourceRow(const Candidate& card,
                                        const QHash<qint64, QString>& names) {
    auto* widget = new QFrame(this);
    widget->setObjectName(QStringLiteral("draftCard"));
    widget->setAttribute(Qt::WA_StyledBackground);
    SourceRow row;
    row.widget = widget;
    row.tick = new QCheckBox(widget);
    row.tick->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto* refineButton = new QToolButton(widget);
    refineButton->setText(tr("Refine"));
    refineButton->setFocusPolicy(Qt::StrongFocus);
    row.refine = refineButton;
    row.status = StageWidgets::label({}, widget);
    QStringList detail;
    detail << tr("by %1").arg(
        UserText::isolate(names.value(card.authorId, tr("someone who left"))));
    if (!card.behaviour.trimmed().isEmpty())
        detail << tr("more %1").arg(DraftText::oneLine(card.behaviour, 80));
    if (!card.measure.trimmed().isEmpty())
        detail << tr("measured by %1").arg(DraftText::oneLine(card.measure, 80));
    QLabel* about = StageWidgets::hint(detail.join(QStringLiteral(" · ")), widget);
    auto* top = new QHBoxLayout;
    top->addWidget(row.tick, 1);
    top->addWidget(refineButton);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(about);
    layout->addWidget(row.status);
    const qint64 id = card.id;
    row.tick->setChecked(m_ticked.contains(id));
    connect(row.tick, &QCheckBox::toggled, this, [this, id](bool on) {
        if (on)
            m_ticked.insert(id);
        else
            m_ticked.remove(id);
        refreshMergeButton();
    });
    connect(refineButton, &QAbstractButton::clicked, this, [this, id] { refine(id); });
    m_sources.insert(id, row);
    return widget;
}

void PairGroupCard::refreshMergeButton() {
    m_merge->setEnabled(m_ticked.size() >= 2);
    m_merge->setText(m_ticked.size() >= 2 ? tr("Merge the %1 ticked cards").arg(m_ticked.size())
                                          : tr("Merge the ticked cards"));
}

void PairGroupCard::addPairCandidate(Candidate candidate, const QStringList& inputs,
                                     const QString& text) {
    candidate.workshopId = m_context.workshopId;
    candidate.kind = CandidateKind::Pair;
    candidate.pairId = m_group.id;
    candidate.authorId = 0;
    candidate.status = CandidateStatus::Active;
    candidate.id = 0;
    candidate.position = 0;
    for (const Candidate& c : std::as_const(m_all))
        candidate.position = std::max(candidate.position, c.position + 1);
    QList<Input> rows;
    for (const QString& name : inputs) {
        Input input;
        input.name = name;
        input.position = int(rows.size());
        rows << input;
    }
    auto* command = new AddCardCommand(m_context.store, candidate, rows, text);
    if (!m_context.session.push(command))
        return; // the write failed and the command went with it
    if (DraftCardEditor* editor = m_editors.value(command->candidateId())) {
        editor->nameEdit()->setFocus();
        editor->nameEdit()->end(false);
    }
}

void PairGroupCard::refine(qint64 sourceId) {
    const auto source = m_context.store.candidate(sourceId);
    if (!source)
        return;
    Candidate c = *source;
    c.mergedFrom = {sourceId};
    QStringList inputs;
    for (const Input& input : m_context.store.inputs(sourceId))
        inputs << input.name;
    addPairCandidate(
        c, inputs,
        tr("Refine “%1” in %2")
            .arg(UserText::isolate(DraftText::title(*source)), UserText::isolate(m_title)));
}

void PairGroupCard::mergeTicked() {
    QList<qint64> ids;
    for (qint64 id : std::as_const(m_sourceIds))
        if (m_ticked.contains(id))
            ids << id;
    if (ids.size() < 2)
        return;
    Candidate c;
    c.mergedFrom = ids;
    m_ticked.clear();
    for (const SourceRow& row : std::as_const(m_sources)) {
        const QSignalBlocker blocker(row.tick);
        row.tick->setChecked(false);
    }
    addPairCandidate(c, {},
                     tr("Merge %1 cards in %2").arg(ids.size()).arg(UserText::isolate(m_title)));
}

void PairGroupCard::writeNew() {
    addPairCandidate(Candidate(), {},
                     tr("Write a new candidate in %1").arg(UserText::isolate(m_title)));
}
