// ProductPage: the list of cards and check-in lists. A hundred workshops are some 2,500
// widgets, most of them wrapped labels whose layout is the page's real cost, so the page
// keeps every row that still shows the same when it rebuilds, builds new rows for the first
// screenful at once and the rest a few at a time after the first frame.
#include "ProductPage.h"

#include "CheckInList.h"
#include "HistoryCard.h"
#include "ProductCheckIns.h"
#include "stages/common/StageWidgets.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// New cards built before the first frame: a card is at least 100 pixels high, so this many
// fill the list however tall the window, and never fewer than FewestFirst.
constexpr int FewestFirst = 6;
constexpr int CardFloor = 100;
// New cards built on each later turn of the event loop: a short pause each, not a stall.
constexpr int CardsPerTurn = 8;

} // namespace

HistoryCard* ProductPage::card(qint64 workshopId) const {
    for (const QList<HistoryCard*>* cards : {&m_cards, &m_teamCards})
        for (HistoryCard* c : *cards)
            if (c->workshopId() == workshopId)
                return c;
    return nullptr;
}

void ProductPage::layRows(qsizetype atLeast) {
    QHash<qint64, HistoryCard*> shownCards;
    for (HistoryCard* c : std::as_const(m_cards))
        shownCards.insert(c->workshopId(), c);
    QHash<qint64, CheckInList*> shownLists;
    for (QWidget* row : std::as_const(m_rows))
        if (auto* list = qobject_cast<CheckInList*>(row))
            shownLists.insert(list->workshopId(), list);
    QList<QWidget*> rows;
    m_cards.clear();
    m_built = 0;
    if (m_history.isEmpty())
        rows.append(StageWidgets::hint(tr("No workshops of this product are left in the library."),
                                       m_list));
    const int firstScreen = std::max(FewestFirst, m_scroll->viewport()->height() / CardFloor);
    int fresh = 0;
    while (m_built < m_history.size()) {
        const qint64 id = m_history.at(m_built).workshopId;
        HistoryCard* shown = shownCards.value(id);
        const bool keeps =
            shown && shown->shows(m_history.at(m_built), m_built + 1 < m_history.size());
        if (!keeps && fresh >= firstScreen && m_built >= atLeast)
            break;
        if (appendRow(rows, shown, shownLists.value(id)))
            ++fresh;
    }
    showRows(rows);
    if (m_built < m_history.size())
        m_more->start();
    else
        m_more->stop();
}

void ProductPage::buildMore() {
    QList<QWidget*> rows = m_rows;
    for (int i = 0; i < CardsPerTurn && m_built < m_history.size(); ++i)
        appendRow(rows, nullptr, nullptr);
    showRows(rows);
    if (m_built < m_history.size())
        m_more->start();
}

bool ProductPage::appendRow(QList<QWidget*>& rows, HistoryCard* shown, CheckInList* shownList) {
    const NorthStarRecord& record = m_history.at(m_built);
    const bool hasOlder = m_built + 1 < m_history.size();
    const bool fresh = !shown || !shown->shows(record, hasOlder);
    HistoryCard* c = fresh ? addCard(record, hasOlder) : shown;
    {
        const QSignalBlocker quiet(c->compareBox());
        c->compareBox()->setChecked(m_ticked.contains(record.workshopId));
    }
    rows.append(c);
    m_cards.append(c);
    if (QWidget* list =
            m_checkIns->listFor(record, m_checkInsOf.value(record.workshopId), shownList, m_list))
        rows.append(list);
    ++m_built;
    return fresh;
}

HistoryCard* ProductPage::addCard(const NorthStarRecord& record, bool hasOlder) {
    auto* c = new HistoryCard(record, hasOlder, m_list);
    c->compareBox()->setObjectName(QStringLiteral("compareBox"));
    c->noteButton()->setObjectName(QStringLiteral("noteButton"));
    c->openButton()->setObjectName(QStringLiteral("openButton"));
    if (QPushButton* older = c->compareWithOlderButton())
        older->setObjectName(QStringLiteral("compareWithOlder"));
    connect(c, &HistoryCard::compareToggled, this, &ProductPage::setTicked);
    connect(c, &HistoryCard::compareWithOlderRequested, this, [this](qint64 id) {
        for (qsizetype j = 0; j + 1 < m_history.size(); ++j)
            if (m_history.at(j).workshopId == id)
                emit compareRequested(m_history.at(j + 1).workshopId, id);
    });
    connect(c, &HistoryCard::noteRequested, this, &ProductPage::editNote);
    connect(c, &HistoryCard::openRequested, this, &ProductPage::openRequested);
    return c;
}

void ProductPage::showRows(const QList<QWidget*>& rows) {
    if (rows == m_rows)
        return;
    if (!m_rows.isEmpty() && rows.size() > m_rows.size() &&
        std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin())) {
        // More of the same list: the new rows go in above the team's section.
        for (qsizetype i = m_rows.size(); i < rows.size(); ++i)
            m_listLayout->insertWidget(m_listLayout->indexOf(m_teamSection), rows.at(i));
        m_rows = rows;
        fitList();
        return;
    }
    QSet<QWidget*> kept(rows.cbegin(), rows.cend());
    kept.insert(m_teamSection);
    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        // Later, not now: a card's own button may be what led here.
        if (QWidget* old = item->widget(); old && !kept.contains(old)) {
            old->hide();
            old->deleteLater();
        }
        delete item;
    }
    for (QWidget* row : rows)
        m_listLayout->addWidget(row);
    m_listLayout->addWidget(m_teamSection); // after the laptop's rows, hidden when empty
    m_listLayout->addStretch(1);
    m_rows = rows;
    fitList();
}

void ProductPage::fitList() {
    // The scroll area resizes the list when a posted layout request reaches it, which may be
    // after a paint: asked now, it never squeezes the cards on screen into the list's old
    // height while more are added below them.
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &request);
}
