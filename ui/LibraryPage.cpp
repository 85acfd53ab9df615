#include "LibraryPage.h"

#include "LibraryModel.h"
#include "commands/LibraryCommands.h"
#include "history/ProductBrowser.h"
#include "history/ProductListModel.h"
#include "history/ProductPage.h"
#include "storage/WorkshopStore.h"
#include "widgets/KeyboardOrder.h"
#include "widgets/PlainCellDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent, bool primary = false) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(u'&'));
    button->setFocusPolicy(Qt::StrongFocus);
    button->setObjectName(primary ? QStringLiteral("primary") : QString());
    button->setAutoRaise(false);
    return button;
}

// The empty library's invitation fills the list's whole place, centred, and wraps at the
// width it is given; its height never has to be asked for a width. A word-wrapped label
// says it has one, and each layout pass then laid its rich text out again at every width
// tried (the stack of the list's views does not remember the answers). Nor does it ask for
// room of its own: it takes the list's, and the page's width is the row of buttons'. A
// label works its sizes out by laying its text out at five or more widths, and that was
// a sixth of the empty library's start-up.
class EmptyLibraryNote : public QLabel {
public:
    using QLabel::QLabel;
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override { return {0, 0}; }
    QSize minimumSizeHint() const override { return {0, 0}; }
};

} // namespace

LibraryPage::LibraryPage(WorkshopStore& store, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_model(new LibraryModel(store, this)) {
    setObjectName(QStringLiteral("libraryPage"));
    createActions();
    m_model->setRenameHandler([this](qint64 id, const QString& title) {
        const auto old = m_store.workshopSummary(id);
        if (!old)
            return false;
        m_undoStack.push(new RenameWorkshopCommand(m_store, id, old->title, title));
        return m_store.workshopSummary(id)->title == title;
    });

    // Every widget is made in the parent it stays in, and a stack is given its first page
    // before that page is filled: under the app's style sheet, moving a widget that has been
    // shown (polished) polishes its whole subtree again, and that was most of start-up.
    m_pages = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    auto* list = new QWidget(m_pages);
    m_pages->addWidget(list);

    m_body = new QStackedWidget(list);
    m_view = new QTableView(m_body);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Workshops"));
    // The rows' header is hidden before the view meets the model: a visible header's size
    // is asked for when the columns arrive, and it measured the numbers of up to 200 rows
    // (a tenth of start-up with a thousand workshops).
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    m_view->setModel(m_model); // searched and sorted by the store, not a proxy
    m_view->setItemDelegate(new PlainCellDelegate(m_view));
    // The indicator first, so turning sorting on asks the model for the order it already has
    // instead of sorting by title and then by date again.
    m_view->horizontalHeader()->setSortIndicator(LibraryModel::Date, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl+click, Shift+click or Shift+arrows pick two workshops to compare.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu); // the Menu key opens it too
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_open, m_compare, separator, m_rename, m_duplicate, m_delete});
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LibraryModel::NorthStar, QHeaderView::Stretch);
    const QList<int> widths = {280, 180, 100, 150, 170, 260, 100};
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths[column]);
    m_body->addWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this] { openSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPage::updateActions);

    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setAccessibleName(tr("Search workshops"));
    m_search->setPlaceholderText(tr("Search by title, product, facilitator or North Star…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setSearch(text);
        if (m_products)
            m_products->productModel()->setSearch(text);
        updateEmptyState();
    });
    // Down from the search box goes to the results, as in a launcher.
    m_search->installEventFilter(this);

    auto* title = new QLabel(tr("Workshops"), list);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("pageSubtitle"));

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch();
    top->addWidget(m_search);

    auto* actions = m_actionRow = new QHBoxLayout;
    // Tighter than the page's 14 px, so the row with Compare still fits a 1280-pixel screen.
    actions->setSpacing(8);
    actions->addWidget(buttonFor(m_new, list, true));
    actions->addWidget(buttonFor(m_open, list));
    QToolButton* compare = buttonFor(m_compare, list);
    compare->setObjectName(QStringLiteral("compareWorkshops"));
    compare->setAccessibleName(tr("Compare the two selected workshops"));
    actions->addWidget(compare);
    actions->addWidget(buttonFor(m_rename, list));
    actions->addWidget(buttonFor(m_duplicate, list));
    actions->addWidget(buttonFor(m_delete, list));
    actions->addStretch();
    QToolButton* byProduct = buttonFor(m_byProduct, list);
    byProduct->setObjectName(QStringLiteral("groupByProduct"));
    actions->addWidget(byProduct);
    actions->addWidget(buttonFor(m_example, list));

    auto* layout = new QVBoxLayout(list);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_body, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::updateActions);
    updateEmptyState();
    updateActions();
}

ProductBrowser* LibraryPage::products() {
    if (m_products)
        return m_products;
    m_products = new ProductBrowser(m_store, m_undoStack, m_pages);
    m_pages->addWidget(m_products);
    // The table of products takes the workshops' place in the list's page.
    m_body->addWidget(m_products->productView());
    // Their controls come after the search box, where they were when made with the page.
    KeyboardOrder::placeAfter(m_search, {m_products->productView(), m_products});
    m_products->productModel()->setSearch(m_search->text());
    connect(m_products, &ProductBrowser::productShown, this, [this] {
        m_pages->setCurrentWidget(m_products);
        updateActions();
    });
    connect(m_products, &ProductBrowser::productsRequested, this, &LibraryPage::showList);
    connect(m_products, &QStackedWidget::currentChanged, this, &LibraryPage::updateActions);
    connect(m_products, &ProductBrowser::openRequested, this, &LibraryPage::openRequested);
    connect(m_products, &ProductBrowser::statusMessage, this, &LibraryPage::statusMessage);
    connect(m_products, &ProductBrowser::problem, this, &LibraryPage::problem);
    connect(m_products->productModel(), &QAbstractItemModel::modelReset, this,
            &LibraryPage::updateEmptyState);
    emit productsMade(m_products);
    return m_products;
}

QWidget* LibraryPage::emptyState() {
    if (m_empty)
        return m_empty;
    auto* empty = new EmptyLibraryNote(m_body);
    empty->setObjectName(QStringLiteral("emptyLibrary"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setText(tr("<p style='font-size:15pt'>No workshops here yet.</p>"
                      "<p>Start a new workshop for your team, or open the example to see a "
                      "whole North Star workshop from opening to decision.</p>"));
    m_body->addWidget(empty);
    m_empty = empty;
    return m_empty;
}

void LibraryPage::setBody(QWidget* widget) {
    if (m_body->currentWidget() != widget)
        m_body->setCurrentWidget(widget);
}

qint64 LibraryPage::selectedWorkshopId() const {
    const QList<qint64> ids = selectedWorkshopIds();
    return ids.size() == 1 ? ids.first() : 0; // two picked to compare: open neither
}

QList<qint64> LibraryPage::selectedWorkshopIds() const {
    if (!showsList() || m_body->currentWidget() != m_view)
        return {}; // the workshops are not on screen: nothing to open, rename or delete
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& row : std::as_const(rows))
        if (const qint64 id = m_model->workshopIdAt(row.row()))
            ids.append(id);
    return ids;
}

QString LibraryPage::selectedTitle() const {
    const int row = m_model->rowOfWorkshop(selectedWorkshopId());
    return row < 0 ? QString() : m_model->index(row, LibraryModel::Title).data().toString();
}

void LibraryPage::addListAction(QAction* action) {
    QToolButton* button = buttonFor(action, this);
    button->setAccessibleName(action->iconText());
    // After Delete, on screen and for Tab (made later, it would otherwise come last).
    constexpr int AfterDelete = 6;
    m_actionRow->insertWidget(AfterDelete, button);
    if (QWidget* before = m_actionRow->itemAt(AfterDelete - 1)->widget())
        QWidget::setTabOrder(before, button);
}

void LibraryPage::selectWorkshop(qint64 id) {
    const int row = m_model->rowOfWorkshop(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, LibraryModel::Title);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool LibraryPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_byProduct->isChecked()) {
        QTableView* products = this->products()->productView();
        products->setFocus();
        if (!products->currentIndex().isValid() && products->model()->rowCount() > 0)
            products->selectionModel()->setCurrentIndex(products->model()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        // Focusing the view gives it a current row but selects nothing; select one so
        // Enter opens it.
        if (!m_view->selectionModel()->hasSelection()) {
            const QModelIndex current = m_view->currentIndex();
            m_view->selectionModel()->setCurrentIndex(
                current.isValid() ? current : m_model->index(0, LibraryModel::Title),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPage::updateActions() {
    const bool selected = selectedWorkshopId() != 0;
    for (QAction* action : {m_open, m_duplicate, m_delete})
        action->setEnabled(selected);
    // On a product's history, Rename (F2) renames the product.
    m_rename->setEnabled(selected || showsProductHistory());
    const bool two = selectedWorkshopIds().size() == 2;
    m_compare->setEnabled(two);
    m_compare->setToolTip(
        two ? tr("The two selected workshops side by side (Ctrl+Shift+C)")
            : tr("Select exactly two workshops to compare them: Ctrl+click or Shift+click a "
                 "second one, or Shift+Down from the first"));
}

bool LibraryPage::showsProductHistory() const {
    return !showsList() && m_products && m_products->currentWidget() == m_products->productPage();
}

void LibraryPage::updateEmptyState() {
    const int total = m_model->totalCount();
    const bool byProduct = m_byProduct->isChecked();
    setBody(total == 0 ? emptyState() : byProduct ? products()->productView() : m_view);
    if (byProduct) {
        const int products = m_products->productModel()->totalCount();
        const int shown = m_products->productModel()->rowCount();
        const QString all = products == 1 ? tr("1 product") : tr("%1 products").arg(products);
        m_count->setText(shown == products ? all : tr("%1 shown of %2").arg(shown).arg(all));
        return;
    }
    const int shown = m_model->rowCount();
    const QString all = total == 1 ? tr("1 workshop") : tr("%1 workshops").arg(total);
    m_count->setText(shown == total ? all : tr("%1 shown of %2").arg(shown).arg(all));
}

bool LibraryPage::showsList() const {
    return m_pages->currentIndex() == 0;
}

void LibraryPage::showList() {
    if (!showsList()) {
        m_pages->setCurrentIndex(0);
        m_products->selectShownProduct();
    }
    updateEmptyState();
    updateActions();
    returnFocus();
}

void LibraryPage::returnFocus() {
    if (!showsList())
        m_products->focusCurrent();
    else if (m_products && m_body->currentWidget() == m_products->productView())
        m_products->productView()->setFocus();
    else
        m_view->setFocus();
}

void LibraryPage::groupByProduct(bool on) {
    if (m_byProduct->isChecked() != on)
        m_byProduct->setChecked(on); // called directly, not from the action
    showList();
}
