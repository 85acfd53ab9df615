#include "ProductPage.h"

#include "HistoryCard.h"
#include "ProductCheckIns.h"
#include "ProductDialogs.h"
#include "UserText.h"
#include "commands/ProductCommands.h"
#include "domain/ProductName.h"
#include "history/RevisitSeed.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QPushButton* headerButton(const QString& text, const QString& accessible, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ProductPage::ProductPage(WorkshopStore& store, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_back(headerButton(tr("← Library"), tr("Back to the library"), this))
    , m_compareTicked(
          headerButton(tr("Compare the two ticked"), tr("Compare the two ticked"), this))
    , m_rename(headerButton(tr("Rename product…"), tr("Rename product"), this))
    , m_merge(headerButton(tr("Merge into…"), tr("Merge into another product"), this))
    , m_revisit(headerButton(tr("Revisit this North Star…"), tr("Revisit this North Star"), this))
    , m_checkIns(new ProductCheckIns(store, undoStack, this))
    , m_churnHint(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_more(new QTimer(this)) {
    setObjectName(QStringLiteral("productPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_compareTicked->setToolTip(tr("Tick two workshops below, then compare them side by side"));

    auto addKey = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addKey(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { emit backRequested(); });
    addKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
        if (m_revisit->isEnabled())
            revisitNorthStar();
    });
    m_revisit->setObjectName(QStringLiteral("primary"));
    m_revisit->setToolTip(tr("Start a new workshop with the same people and the current North "
                             "Star as the incumbent (Ctrl+Shift+R)"));
    connect(m_revisit, &QPushButton::clicked, this, &ProductPage::revisitNorthStar);
    m_churnHint->setObjectName(QStringLiteral("historyHint"));
    m_churnHint->setTextFormat(Qt::PlainText);
    m_churnHint->setWordWrap(true);
    m_churnHint->setAccessibleName(tr("Hint about how often the North Star changed"));
    m_churnHint->hide();
    // F2 is the library's Rename, which renames the product while this page shows.
    m_back->setToolTip(tr("Back to the library (Alt+Left)"));
    m_rename->setToolTip(tr("Rename this product in every one of its workshops (F2)"));
    connect(m_back, &QPushButton::clicked, this, &ProductPage::backRequested);
    connect(m_compareTicked, &QPushButton::clicked, this, &ProductPage::compareTicked);
    connect(m_rename, &QPushButton::clicked, this, &ProductPage::renameProduct);
    connect(m_merge, &QPushButton::clicked, this, &ProductPage::mergeProduct);
    connect(m_checkIns, &ProductCheckIns::statusMessage, this, &ProductPage::statusMessage);

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_subtitle, 1, Qt::AlignBottom);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_revisit);
    actions->addWidget(m_checkIns->addButton());
    actions->addWidget(m_compareTicked);
    actions->addStretch();
    actions->addWidget(m_rename);
    actions->addWidget(m_merge);

    m_list->setObjectName(QStringLiteral("productHistory"));
    m_listLayout->setContentsMargins(0, 0, 8, 0);
    m_listLayout->setSpacing(14);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    buildTeamSection();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_churnHint);
    layout->addWidget(m_scroll, 1);

    connect(&m_store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
        if (!m_anchor ||
            !changes.has(ChangeKind::Library | ChangeKind::Workshop | ChangeKind::Candidate |
                         ChangeKind::Input | ChangeKind::CheckIn))
            return;
        // Hidden (a workshop is open and being edited): catch up when shown again.
        if (isVisible())
            rebuild();
        else
            m_stale = true;
    });
    // Tabbing through a long history keeps the focused card on screen.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_list->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 24, 24);
    });
    m_more->setSingleShot(true);
    connect(m_more, &QTimer::timeout, this, &ProductPage::buildMore);
    updateCompareButton();
}

void ProductPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void ProductPage::showProductOf(qint64 workshopId) {
    if (m_anchor != workshopId)
        m_ticked.clear();
    m_anchor = workshopId;
    m_teamAsked.clear(); // opening the page asks the team library again
    rebuild();
    m_scroll->ensureVisible(0, 0);
}

void ProductPage::rebuild() {
    m_stale = false;
    // Keep the keyboard user's place: the card and the button that had focus.
    qint64 focusedCard = 0;
    QString focusedName;
    if (QWidget* focus = QApplication::focusWidget(); focus && m_list->isAncestorOf(focus))
        for (HistoryCard* c : m_cards)
            if (c->isAncestorOf(focus)) {
                focusedCard = c->workshopId();
                focusedName = focus->objectName();
            }

    QString key = m_product.key;
    if (const auto anchor = m_store.workshop(m_anchor))
        key = ProductName::key(anchor->product);
    m_history = m_store.productHistory(key);
    if (!m_history.isEmpty() && !m_store.workshop(m_anchor))
        m_anchor = m_history.first().workshopId;
    m_product = {};
    m_product.key = key;
    if (!m_history.isEmpty()) {
        m_product.name = ProductName::tidy(m_history.first().product);
        m_product.workshopCount = int(m_history.size());
        m_product.latest = m_history.first().date;
        for (const NorthStarRecord& record : m_history)
            m_product.workshopIds.append(record.workshopId);
    }

    m_title->setText(key.isEmpty() ? tr("(no product named)") : m_product.name);
    updateSubtitle();
    m_checkIns->setCurrent(revisitSource());
    m_checkInsOf = m_store.checkInsOf(m_product.workshopIds);
    qsizetype focusedRow = 0; // the focused card is built at once, however far down
    for (qsizetype i = 0; i < m_history.size(); ++i)
        if (m_history.at(i).workshopId == focusedCard)
            focusedRow = i + 1;
    layRows(focusedRow);
    QList<qint64> stillThere;
    for (const qint64 id : std::as_const(m_ticked))
        if (m_product.workshopIds.contains(id) || (id < 0 && teamWorkshop(-id)))
            stillThere.append(id);
    m_ticked = stillThere;
    m_rename->setEnabled(!m_history.isEmpty());
    m_revisit->setEnabled(revisitSource() != 0);
    // A hint, never a block: the playbook's red flag is a North Star changed every quarter.
    const int changes = RevisitSeed::changesInLastYear(m_history, m_store.clock()());
    m_churnHint->setVisible(changes > 1);
    m_churnHint->setText(
        tr("This North Star changed %1 times in the last twelve months. A North Star usually "
           "holds for a year or more; changing it often may mean it is a team metric. Revisit "
           "when the strategy moves or the metric stops predicting results.")
            .arg(changes));
    m_merge->setEnabled(!m_history.isEmpty() && m_store.products().size() > 1);
    updateCompareButton();

    if (HistoryCard* c = card(focusedCard))
        if (auto* w = c->findChild<QWidget*>(focusedName); w && !focusedName.isEmpty())
            w->setFocus();
    requestTeam();
}

void ProductPage::updateSubtitle() {
    QString text = m_history.size() == 1 ? tr("1 workshop")
                                         : tr("%1 workshops, newest first").arg(m_history.size());
    // The team's, after them on the page, said here so they are not missed.
    if (const qsizetype team = m_teamWorkshops.size(); team > 0)
        text = team == 1 ? tr("%1 · 1 more in the team library").arg(text)
                         : tr("%1 · %2 more in the team library").arg(text).arg(team);
    m_subtitle->setText(text);
}

void ProductPage::setTicked(qint64 workshopId, bool ticked) {
    m_ticked.removeAll(workshopId);
    if (ticked) {
        m_ticked.append(workshopId);
        // Two at a time: ticking a third lets go of the first one ticked.
        while (m_ticked.size() > 2) {
            const qint64 first = m_ticked.takeFirst();
            if (HistoryCard* c = card(first)) {
                const QSignalBlocker quiet(c->compareBox());
                c->compareBox()->setChecked(false);
            }
        }
    }
    updateCompareButton();
}

void ProductPage::updateCompareButton() {
    const bool ready = m_ticked.size() == 2;
    m_compareTicked->setEnabled(ready);
    // The accent only once it can be pressed: a disabled primary button looks pressable.
    const QString name = ready ? QStringLiteral("primary") : QStringLiteral("compareTicked");
    if (m_compareTicked->objectName() != name) {
        m_compareTicked->setObjectName(name);
        m_compareTicked->style()->unpolish(m_compareTicked);
        m_compareTicked->style()->polish(m_compareTicked);
    }
}

QPair<qint64, qint64> ProductPage::inDateOrder(qint64 a, qint64 b) const {
    qsizetype ia = -1;
    qsizetype ib = -1;
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        if (m_history.at(i).workshopId == a)
            ia = i;
        if (m_history.at(i).workshopId == b)
            ib = i;
    }
    return ia > ib ? qMakePair(a, b) : qMakePair(b, a); // newest first: a larger index is older
}

void ProductPage::compareTicked() {
    if (m_ticked.size() != 2)
        return;
    if (m_ticked.at(0) < 0 || m_ticked.at(1) < 0) {
        compareSides(m_ticked.at(0), m_ticked.at(1)); // a team workshop among them
        return;
    }
    const auto [older, newer] = inDateOrder(m_ticked.at(0), m_ticked.at(1));
    emit compareRequested(older, newer);
}

void ProductPage::renameProduct() {
    if (m_history.isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameProductDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename product"));
    dialog->setLabelText(tr("A new name for this product, in all %n of its workshops:", nullptr,
                            int(m_history.size())));
    dialog->setTextValue(m_product.name);
    dialog->setOkButtonText(tr("Rename"));
    if (auto* edit = dialog->findChild<QLineEdit*>())
        edit->setAccessibleName(tr("Product name"));
    const ProductSummary product = m_product;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, product](const QString& name) {
        if (ProductName::tidy(name).isEmpty()) {
            emit statusMessage(tr("A product needs a name. The old name was kept."));
            return;
        }
        auto* command = ProductNameCommand::rename(m_store, product, name);
        const int before = m_undoStack.count();
        m_undoStack.push(command); // the stack owns it; it is gone if it changed nothing
        if (m_undoStack.count() > before)
            emit statusMessage(
                tr("Renamed “%1” to “%2” in every one of its workshops. Ctrl+Z "
                   "puts the old names back.")
                    .arg(UserText::isolate(product.name), UserText::isolate(command->newName())));
    });
    dialog->open();
}

void ProductPage::mergeProduct() {
    QList<ProductSummary> others = m_store.products();
    others.removeIf([this](const ProductSummary& p) { return p.key == m_product.key; });
    if (m_history.isEmpty() || others.isEmpty())
        return;
    auto* dialog = new MergeProductDialog(m_product, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ProductSummary source = m_product;
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        const ProductSummary target = dialog->target();
        const int before = m_undoStack.count();
        m_undoStack.push(ProductNameCommand::merge(m_store, source, target));
        if (m_undoStack.count() > before)
            emit statusMessage(
                tr("Merged into “%1”. Ctrl+Z separates them again.")
                    .arg(UserText::isolate(target.key.isEmpty() ? tr("no product") : target.name)));
    });
    dialog->open();
}

void ProductPage::editNote(qint64 workshopId, bool kept) {
    const auto record = m_store.northStarRecord(workshopId);
    if (!record)
        return;
    auto* dialog = new ChangeNoteDialog(record->title, record->changeNote, kept, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record] {
        m_undoStack.push(new ChangeNoteCommand(m_store, record->workshopId, record->title,
                                               record->changeNote, dialog->note()));
    });
    dialog->open();
}
