#include "ProductBrowser.h"

#include "ComparisonPage.h"
#include "ProductListModel.h"
#include "ProductPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

ProductBrowser::ProductBrowser(WorkshopStore& store, QUndoStack& undoStack, QWidget* parent)
    : QStackedWidget(parent)
    , m_model(new ProductListModel(store, this))
    , m_view(new QTableView(this))
    , m_product(new ProductPage(store, undoStack, this))
    , m_comparison(new ComparisonPage(store, this)) {
    setObjectName(QStringLiteral("productBrowser"));
    m_view->setObjectName(QStringLiteral("productView"));
    m_view->setAccessibleName(tr("Products"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ProductListModel::Product, 300);
    header->resizeSection(ProductListModel::Workshops, 140);
    header->resizeSection(ProductListModel::Latest, 160);
    header->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, &ProductBrowser::openSelectedProduct);
    m_view->installEventFilter(this); // the list is live while it is on screen

    // The table lives in the library's page; this stack holds the pages it leads to.
    addWidget(m_product);
    addWidget(m_comparison);

    connect(m_product, &ProductPage::backRequested, this, &ProductBrowser::productsRequested);
    connect(m_product, &ProductPage::openRequested, this, &ProductBrowser::openRequested);
    connect(m_product, &ProductPage::statusMessage, this, &ProductBrowser::statusMessage);
    connect(m_product, &ProductPage::compareRequested, this, &ProductBrowser::showComparison);
    connect(m_product, &ProductPage::compareSidesRequested, this,
            [this](const ComparisonPage::Side& older, const ComparisonPage::Side& newer) {
                m_comparedFromList = false;
                m_comparison->compare(older, newer);
                setCurrentWidget(m_comparison);
                emit productShown();
                focusCurrent();
            });
    connect(m_comparison, &ComparisonPage::backRequested, this, [this] {
        if (m_comparedFromList) {
            emit productsRequested(); // the library's list, where the two were picked
            return;
        }
        setCurrentWidget(m_product);
        focusCurrent();
    });
    connect(m_comparison, &ComparisonPage::noteRequested, m_product, &ProductPage::editNote);
    connect(m_comparison, &ComparisonPage::statusMessage, this, &ProductBrowser::statusMessage);
    connect(m_comparison, &ComparisonPage::problem, this, &ProductBrowser::problem);
}

bool ProductBrowser::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_model->setLive(event->type() == QEvent::Show);
    return QStackedWidget::eventFilter(watched, event);
}

void ProductBrowser::selectShownProduct() {
    const int row = m_model->rowOfProduct(m_product->product().key);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
}

void ProductBrowser::showProductOf(qint64 workshopId) {
    m_product->showProductOf(workshopId);
    setCurrentWidget(m_product);
    emit productShown();
    focusCurrent();
}

void ProductBrowser::showComparison(qint64 older, qint64 newer) {
    m_comparedFromList = false;
    m_comparison->compare(older, newer);
    setCurrentWidget(m_comparison);
    emit productShown();
    focusCurrent();
}

void ProductBrowser::showComparisonOfWorkshops(qint64 older, qint64 newer) {
    m_comparedFromList = true;
    m_comparison->compare(older, newer, ComparisonPage::Origin::Workshops);
    setCurrentWidget(m_comparison);
    emit productShown();
    focusCurrent();
}

void ProductBrowser::focusCurrent() {
    if (currentWidget() == m_product) {
        m_product->backButton()->setFocus();
    } else {
        m_comparison->backButton()->setFocus();
    }
}

void ProductBrowser::openSelectedProduct() {
    const QModelIndex current = m_view->currentIndex();
    const ProductSummary* product = current.isValid() ? m_model->productAt(current.row()) : nullptr;
    if (product && !product->workshopIds.isEmpty())
        showProductOf(product->workshopIds.first());
}
