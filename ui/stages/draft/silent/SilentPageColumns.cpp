// SilentPage's columns: one per person, taking in the cards a change names; the columns far
// from the view deferred, and the editors a column is missing (cards that came, or a column
// scrolled to) made a slice of time per pass.
#include "SilentColumn.h"
#include "SilentPage.h"
#include "domain/StageKeys.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/draft/DraftText.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

void SilentPage::rebuildColumns() {
    for (SilentColumn* column : std::as_const(m_columns))
        DraftText::discard(column);
    m_columns.clear();
    m_people.clear();
    m_turn->clear();
    for (const Participant& person : m_context.store.participants(m_context.workshopId)) {
        auto* column = new SilentColumn(person, m_context, m_scroll->widget());
        connect(column, &SilentColumn::addRequested, this, &SilentPage::addCard);
        m_columnsLayout->addWidget(column);
        column->show(); // at once, so the cursor can go into it straight away
        m_columns.insert(person.id, column);
        m_people << person.id;
        m_turn->addItem(person.name.simplified(), person.id);
    }
    m_turn->setEnabled(!m_people.isEmpty());
    refreshCards();
    setMasked(m_context.session.console().silentMasked); // not the forced tick
}

void SilentPage::refreshCards(const QSet<qint64>* changed) {
    // A change that names its cards (a phone's card, a keystroke) reads only those and
    // touches only the columns they were or are in; anything else reads every card.
    std::optional<QList<Candidate>> named;
    if (changed && !changed->isEmpty())
        named = m_context.store.silentCards(m_context.workshopId,
                                            QList<qint64>(changed->cbegin(), changed->cend()));
    const QList<Candidate> all =
        named ? QList<Candidate>() : m_context.store.candidates(m_context.workshopId);
    // The cards of `author`'s column, and whether they may differ from what it shows.
    const auto cardsOf = [&](qint64 column, qint64 author, bool* touched) {
        const SilentColumn* shown = m_columns.value(column);
        if (!named || !shown) {
            *touched = true;
            return DraftText::ownCards(named ? *named : all, author);
        }
        QList<Candidate> own = shown->cards();
        *touched = own.removeIf([&](const Candidate& c) { return changed->contains(c.id); }) > 0;
        for (const Candidate& c : std::as_const(*named))
            if (c.authorId == author) {
                own << c;
                *touched = true;
            }
        if (*touched) // untouched, it is the column's own list, in order already
            std::stable_sort(own.begin(), own.end(), [](const Candidate& a, const Candidate& b) {
                return std::pair(a.position, a.id) < std::pair(b.position, b.id);
            });
        return own;
    };
    updateDeferral();
    int cards = 0, writers = 0;
    for (qint64 person : std::as_const(m_people)) {
        bool touched = false;
        const QList<Candidate> own = cardsOf(person, person, &touched);
        if (touched)
            m_columns.value(person)->refresh(own, changed, SilentColumn::NewEditors::Later);
        cards += int(own.size());
        writers += own.isEmpty() ? 0 : 1;
    }
    bool namelessTouched = false;
    const QList<Candidate> nameless = cardsOf(NoAuthorColumn, 0, &namelessTouched);
    if (!nameless.isEmpty() && !m_columns.contains(NoAuthorColumn)) {
        Participant nobody;
        nobody.id = NoAuthorColumn;
        nobody.name = tr("Without a name");
        auto* column = new SilentColumn(nobody, m_context, m_scroll->widget());
        connect(column, &SilentColumn::addRequested, this, &SilentPage::addCard);
        m_columnsLayout->addWidget(column);
        column->show();
        m_columns.insert(NoAuthorColumn, column);
        column->setMasked(m_mask->isChecked() || m_context.passingLaptop());
        updateDeferral();
    }
    if (SilentColumn* column = m_columns.value(NoAuthorColumn)) {
        if (namelessTouched)
            column->refresh(nameless, changed, SilentColumn::NewEditors::Later);
        cards += int(nameless.size());
    }
    refreshPager(m_context.store.stageState(m_context.workshopId, StageKeys::Silent));
    // The editors of the cards that came, and those a deferred column left to make now it is
    // near: on the next passes, a slice at a time, not in the pass of the change (a commit of
    // the room's phones, which is waiting to acknowledge them).
    for (const SilentColumn* column : std::as_const(m_columns))
        if (!column->isDeferred() && !column->isComplete())
            m_building->start();
    if (m_people.isEmpty())
        m_summary->setText(tr("Nobody is on the roster yet: add people in the workshop's "
                              "details, then they each get a column here."));
    else
        m_summary->setText(tr("%1 from %2 of %3 people so far")
                               .arg(DraftText::cardCount(cards))
                               .arg(writers)
                               .arg(m_people.size()));
}

void SilentPage::updateDeferral() {
    // Before the page is on screen nothing is known of the view: no column is deferred, and
    // every card has its editor.
    const QWidget* viewport = m_scroll->viewport();
    const bool placed = viewport->isVisible() && viewport->width() > 0;
    const int left = m_scroll->horizontalScrollBar()->value() - viewport->width() / 2;
    const int right = left + 2 * viewport->width();
    // Down to a screen below the view's bottom (the columns start at the top of the page).
    const int bottom = m_scroll->verticalScrollBar()->value() + 2 * viewport->height();
    const qint64 current = currentPerson();
    const QWidget* focus = QApplication::focusWidget();
    for (SilentColumn* column : std::as_const(m_columns)) {
        const QRect at = column->geometry();
        const bool near = !placed || column->personId() == current || column->isAncestorOf(focus) ||
                          (at.right() >= left && at.left() <= right);
        column->setReach(!near ? 0 : placed ? std::max(1, bottom - at.top()) : QWIDGETSIZE_MAX);
    }
}

void SilentPage::buildNearColumns() {
    m_slice.start();
    updateDeferral();
    const auto full = [this] { return m_slice.full(); };
    QList<qint64> order = m_people;
    order << NoAuthorColumn;
    bool missing = false;
    for (qint64 id : std::as_const(order)) {
        SilentColumn* column = m_columns.value(id);
        if (!column || column->isDeferred())
            continue;
        // Out of time, the columns left are only asked whether they miss editors: even a pass
        // that makes none walks the column's cards and reads their inputs.
        if (m_slice.spent() ? !column->isComplete() : !column->buildMore(full))
            missing = true;
    }
    m_slice.finish();
    if (missing)
        m_building->start();
}
