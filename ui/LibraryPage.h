#pragma once
// The start screen: every workshop in the library, searchable and sortable, with the
// actions to start a new one, reopen, rename, duplicate or delete one, compare any two side
// by side (of one product or not), or open the example.
// Grouped by product, it lists the products instead, and leads to a product's history and
// to two workshops side by side (ProductBrowser). Only what the start screen shows is built
// with the page: the products and their pages when first wanted, the empty library's
// invitation when the library is first seen empty.
#include <QWidget>

class LibraryModel;
class ProductBrowser;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QUndoStack;
class WorkshopStore;

class LibraryPage : public QWidget {
    Q_OBJECT

public:
    LibraryPage(WorkshopStore& store, QUndoStack& undoStack, QWidget* parent = nullptr);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* renameAction() const { return m_rename; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* compareAction() const { return m_compare; }
    QAction* exampleAction() const { return m_example; }
    QAction* findAction() const { return m_find; }
    QAction* byProductAction() const { return m_byProduct; }
    // The products' table and pages, made now if they were not yet.
    ProductBrowser* products();
    bool hasProducts() const { return m_products != nullptr; }
    // True while the workshops (or the products) are listed, not a product's history.
    bool showsList() const;
    bool showsProductHistory() const;
    // Gives the keyboard to what is on screen: the list, or the product page.
    void returnFocus();

    LibraryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The one selected workshop; 0 when none, or several, are selected.
    qint64 selectedWorkshopId() const;
    // Every selected workshop, in the list's order; empty when the list is not on screen.
    QList<qint64> selectedWorkshopIds() const;
    // A button for `action` (its icon text) among the list's own, after Delete (Publish to the
    // team library).
    void addListAction(QAction* action);
    void selectWorkshop(qint64 id);

public slots:
    void newWorkshop();
    void openSelected();
    void renameSelected();
    void duplicateSelected();
    void deleteSelected();
    // The two selected workshops side by side, the older (by date, then id) on the left.
    void compareSelected();
    void openExample();
    // Lists products instead of workshops (or workshops again).
    void groupByProduct(bool on);
    void showList();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void openRequested(qint64 workshopId);
    void statusMessage(const QString& message);
    void problem(const QString& message);
    // The product browser was just made (it is made when first wanted).
    void productsMade(ProductBrowser* products);

private:
    void createActions();
    void updateActions();
    void updateEmptyState();
    QString selectedTitle() const;
    QWidget* emptyState();
    void setBody(QWidget* widget);

    WorkshopStore& m_store;
    QUndoStack& m_undoStack;
    LibraryModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QStackedWidget* m_pages; // the list, or ProductBrowser's pages
    QStackedWidget* m_body;  // the workshops, the empty library's invitation, or the products
    ProductBrowser* m_products = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_count;
    QHBoxLayout* m_actionRow = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_example = nullptr;
    QAction* m_find = nullptr;
    QAction* m_byProduct = nullptr;
};
