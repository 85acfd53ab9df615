#include "SilentColumn.h"

#include "UserText.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/DraftText.h"
#include "storage/WorkshopStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpacerItem>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace {

// The column's layout, never laid out shorter than its contents: cards that came make the
// column taller, and its layout runs before the page has grown to let it, in its old height.
// Squeezed there, every editor in the column would shrink and move, then grow back once the
// page follows, each time repainting them all; the contents go past the bottom instead (out
// of sight, the column clips them) until the page grows.
class ContentsLayout : public QVBoxLayout {
public:
    using QVBoxLayout::QVBoxLayout;

    void setGeometry(const QRect& rect) override {
        const int needed = hasHeightForWidth() ? heightForWidth(rect.width()) : sizeHint().height();
        QVBoxLayout::setGeometry(
            QRect(rect.topLeft(), QSize(rect.width(), std::max(rect.height(), needed))));
    }
};

} // namespace

SilentColumn::SilentColumn(const Participant& person, StageContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_person(person)
    , m_heading(StageWidgets::label({}, this, "sectionTitle"))
    , m_maskedNote(StageWidgets::hint({}, this))
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(tr("+ Add a card"), this))
    , m_rest(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Fixed)) {
    setObjectName(QStringLiteral("card"));
    setProperty("current", false);
    m_maskedNote->setObjectName(QStringLiteral("silentMaskedNote"));
    m_add->setAccessibleName(tr("Add a card for %1").arg(UserText::isolate(person.name)));
    m_add->setToolTip(tr("Ctrl+Enter adds the next card for whoever's turn it is"));
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(8);
    m_list->addItem(m_rest); // the cards' editors go before it
    auto* layout = new ContentsLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_maskedNote);
    layout->addLayout(m_list);
    layout->addWidget(m_add);
    layout->addStretch();
    setMinimumWidth(340);
    setMaximumWidth(420);
    // Every column is as tall as the tallest, so a card landing in one grows them all; a
    // widget that grows is repainted whole, with every editor in it, unless its contents are
    // static: then only the part uncovered is painted (and the edge, in resizeEvent()).
    // Columns sit top-left in the page, and nothing in them moves when they grow.
    setAttribute(Qt::WA_StaticContents);
    connect(m_add, &QAbstractButton::clicked, this, [this] { emit addRequested(m_person.id); });
}

void SilentColumn::refresh(const QList<Candidate>& cards, const QSet<qint64>* changed,
                           NewEditors make) {
    m_cards = cards;
    // Far from the view the counts wait too: a label's new text lays out the whole page again.
    m_countsStale = isDeferred();
    if (!isDeferred())
        showCounts();
    QList<qint64> ids;
    for (const Candidate& c : cards)
        ids << c.id;
    m_ids = ids;
    if (!m_built) {
        rebuild();
        return;
    }
    if (make == NewEditors::Later) // the place is kept; the editor comes with buildMore
        reconcile(changed, nullptr);
    else
        reconcile(changed, [this](int at) { return fits(at); });
}

void SilentColumn::showCounts() {
    m_countsStale = false;
    int written = 0;
    for (const Candidate& c : std::as_const(m_cards))
        written += DraftText::hasText(c) ? 1 : 0;
    m_heading->setText(tr("%1 — %2").arg(UserText::isolate(m_person.name.simplified()),
                                         DraftText::cardCount(int(m_cards.size()))));
    m_maskedNote->setText(tr("Hidden while someone else writes. %1 with writing on it.")
                              .arg(DraftText::cardCount(written)));
}

void SilentColumn::setReach(int bottom) {
    m_reach = bottom;
    if (!isDeferred() && m_countsStale)
        showCounts();
}

int SilentColumn::slot() const {
    if (m_slot == 0 && !m_editors.isEmpty())
        m_slot = m_editors.cbegin().value()->sizeHint().height() + m_list->spacing();
    return m_slot;
}

bool SilentColumn::fits(int at) const {
    if (isDeferred())
        return false;
    // The first editor is made to learn how tall one is; the layout may not have run yet.
    return slot() == 0 || m_list->geometry().top() + at * slot() < m_reach;
}

void SilentColumn::holdPlaceForMissing() {
    const int missing = m_masked ? 0 : int(m_cards.size() - m_editors.size());
    const int height = missing > 0 ? missing * (slot() > 0 ? slot() : 0) : 0;
    if (height == m_restHeight)
        return;
    m_restHeight = height;
    m_rest->changeSize(0, height, QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_list->invalidate();
}

QString SilentColumn::removeText(const Candidate& card) const {
    return tr("Remove %1's card “%2”")
        .arg(UserText::isolate(m_person.name), UserText::isolate(DraftText::title(card)));
}

DraftCardEditor* SilentColumn::makeEditor(const Candidate& card, const QList<Input>& inputs) {
    auto* editor = new DraftCardEditor(card, m_context, this, &inputs);
    editor->setRemoveText(removeText(card));
    m_editors.insert(card.id, editor);
    return editor;
}

void SilentColumn::reconcile(const QSet<qint64>* changed, const std::function<bool(int)>& more) {
    if (m_masked)
        return; // no editors while masked
    for (auto it = m_editors.begin(); it != m_editors.end();) {
        if (m_ids.contains(it.key())) {
            ++it;
            continue;
        }
        DraftText::discard(it.value());
        it = m_editors.erase(it);
    }
    // The inputs of the editors to refresh and of the cards within reach that may get theirs
    // now, in one read; not of the cards below the reach, which a pass of the builder visits.
    QList<qint64> reading;
    int reach = 0; // the place of each card, were all those within reach made
    for (const Candidate& c : std::as_const(m_cards)) {
        const bool made = m_editors.contains(c.id);
        const bool within = made || (more && fits(reach));
        if (made ? !changed || changed->contains(c.id) : within)
            reading << c.id;
        reach += within ? 1 : 0;
    }
    const QHash<qint64, QList<Input>> inputs =
        reading.isEmpty() ? QHash<qint64, QList<Input>>() : m_context.store.inputsOf(reading);
    bool placed = false; // an editor made or moved
    int at = 0;          // where the next editor goes: cards left without one take no place
    for (const Candidate& c : std::as_const(m_cards)) {
        DraftCardEditor* editor = m_editors.value(c.id);
        if (!editor) {
            if (!more || !more(at))
                continue; // made when the page asks for it (buildMore)
            // (Its inputs were read above unless `fits` said otherwise there, as it may once
            // the first editor has told how tall one is.)
            editor = makeEditor(c, reading.contains(c.id) ? inputs.value(c.id)
                                                          : m_context.store.inputs(c.id));
            m_list->insertWidget(at++, editor);
            // The place kept for it is given up before it shows: showing lays the column out
            // at once, and with both in it the column would squeeze every editor to fit.
            // (Polished first: the place is as tall as a polished editor.)
            editor->ensurePolished();
            holdPlaceForMissing();
            editor->show(); // at once: the cursor may go in now
            placed = true;
            continue;
        }
        if (m_list->indexOf(editor) != at) { // moved: another card went before it
            m_list->removeWidget(editor);
            m_list->insertWidget(at, editor);
            placed = true;
        }
        ++at;
        if (!changed || changed->contains(c.id)) {
            editor->setRemoveText(removeText(c));
            editor->refresh(c, inputs.value(c.id));
        }
    }
    // Tab goes through the cards in their order, then to Add: set when Tab is next pressed in
    // this column, as each setTabOrder walks the window's whole focus chain (thousands of
    // widgets when sixty phones write), far too slow to do for every card a phone adds.
    if (placed)
        m_tabOrderStale = true;
    holdPlaceForMissing();
}

bool SilentColumn::isComplete() const {
    if (m_masked)
        return true;
    int at = 0;
    for (qint64 id : m_ids) {
        if (!m_editors.contains(id))
            return !fits(at);
        ++at;
    }
    return true;
}

bool SilentColumn::buildMore(const std::function<bool()>& until) {
    if (m_built) {
        const QSet<qint64> none; // the editors there are up to date: only make the missing
        reconcile(&none, [this, &until](int at) { return fits(at) && !until(); });
    }
    return isComplete();
}

DraftCardEditor* SilentColumn::editor(qint64 cardId) {
    if (m_built && !m_masked && !m_editors.contains(cardId) && m_ids.contains(cardId)) {
        // A card that just came (the facilitator's Ctrl+Enter, its editor not made yet in
        // that pass) is usually within reach: the editors missing there are enough.
        buildMore([] { return false; });
        if (!m_editors.contains(cardId))
            makeAll();
    }
    return m_editors.value(cardId);
}

void SilentColumn::makeAll() {
    setReach(QWIDGETSIZE_MAX);
    buildMore([] { return false; });
}

bool SilentColumn::focusNextPrevChild(bool next) {
    // Tab goes through every card: those not made yet (below the view) are made first.
    if (m_editors.size() < m_ids.size() && !m_masked)
        makeAll();
    if (m_tabOrderStale) {
        m_tabOrderStale = false;
        chainTabOrder(m_ids);
    }
    return QFrame::focusNextPrevChild(next);
}

void SilentColumn::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    const QSize old = event->oldSize();
    if (!old.isValid() || old.width() != width()) {
        update();
        return;
    }
    // The frame's bottom edge and rounded corners, drawn at the old height, move with it.
    constexpr int Edge = 12; // more than the border and its radius
    const int top = std::min(old.height(), height()) - Edge;
    update(QRect(0, top, width(), std::abs(height() - old.height()) + Edge));
}

void SilentColumn::chainTabOrder(const QList<qint64>& ids) {
    QWidget* previous = nullptr;
    for (qint64 id : ids) {
        const DraftCardEditor* e = m_editors.value(id);
        if (!e)
            continue;
        for (QWidget* w :
             {static_cast<QWidget*>(e->nameEdit()), static_cast<QWidget*>(e->behaviourEdit()),
              static_cast<QWidget*>(e->measureEdit()), static_cast<QWidget*>(e->definitionEdit()),
              static_cast<QWidget*>(e->inputsEdit()), static_cast<QWidget*>(e->removeButton())}) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        setTabOrder(previous, m_add);
}

void SilentColumn::rebuild() {
    m_built = true;
    for (DraftCardEditor* editor : std::as_const(m_editors))
        DraftText::discard(editor);
    m_editors.clear();
    m_maskedNote->setVisible(m_masked);
    m_add->setVisible(!m_masked);
    if (m_masked) {
        holdPlaceForMissing();
        return; // no card text exists in the widgets at all while masked
    }
    // At once, not when the event loop next runs (the cursor may go in now), unless deferred.
    reconcile(nullptr, [this](int at) { return fits(at); });
    m_tabOrderStale = !m_cards.isEmpty();
}

void SilentColumn::setMasked(bool masked) {
    if (masked == m_masked && m_built)
        return;
    m_masked = masked;
    rebuild();
}

void SilentColumn::setCurrent(bool current) {
    setProperty("current", current);
    setObjectName(current ? QStringLiteral("currentCard") : QStringLiteral("card"));
    style()->unpolish(this);
    style()->polish(this);
}

void SilentColumn::focusWriting() {
    if (m_masked)
        return;
    if (!m_ids.isEmpty())
        if (DraftCardEditor* last = editor(m_ids.last())) {
            last->nameEdit()->setFocus();
            return;
        }
    m_add->setFocus();
}
