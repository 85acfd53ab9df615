#pragma once
// The library by product: the table of products (which LibraryPage shows in place of the
// workshops when the facilitator groups by product), one product's history and the
// comparison of two of its workshops, with the way back from each. The comparison also
// shows any two workshops picked from the library's list; Back then leads to that list.
#include <QStackedWidget>

class ComparisonPage;
class ProductListModel;
class ProductPage;
class QTableView;
class QUndoStack;
class WorkshopStore;

class ProductBrowser : public QStackedWidget {
    Q_OBJECT

public:
    ProductBrowser(WorkshopStore& store, QUndoStack& undoStack, QWidget* parent = nullptr);

    QTableView* productView() const { return m_view; }
    ProductListModel* productModel() const { return m_model; }
    ProductPage* productPage() const { return m_product; }
    ComparisonPage* comparisonPage() const { return m_comparison; }

    // The history of the product of workshop `workshopId`.
    void showProductOf(qint64 workshopId);
    void showComparison(qint64 older, qint64 newer);
    // Two workshops picked from the library's list, of any products; Back returns to the list.
    void showComparisonOfWorkshops(qint64 older, qint64 newer);
    // Gives the keyboard to whatever is on screen.
    void focusCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // Back from a product's history to the table of products.
    void productsRequested();
    void productShown();
    void openRequested(qint64 workshopId);
    void statusMessage(const QString& message);
    void problem(const QString& message);

public slots:
    void openSelectedProduct();
    // Selects the row of the product last shown in the table, if it is still there.
    void selectShownProduct();

private:
    ProductListModel* m_model;
    QTableView* m_view;
    ProductPage* m_product;
    ComparisonPage* m_comparison;
    bool m_comparedFromList = false; // Back from the comparison leads to the library's list
};
