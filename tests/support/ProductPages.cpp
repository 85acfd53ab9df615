#include "ProductPages.h"

#include "LibraryPage.h"
#include "MainWindow.h"
#include "domain/ProductName.h"
#include "history/ProductBrowser.h"
#include "history/ProductListModel.h"
#include "history/ProductPage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>

void ProductPages::open(MainWindow& window, const QString& name) {
    if (!window.libraryPage()->byProductAction()->isChecked())
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    else
        window.libraryPage()->showList();
    ProductBrowser* browser = window.libraryPage()->products();
    QTableView* view = browser->productView();
    QVERIFY(view->isVisible());
    const int row = browser->productModel()->rowOfProduct(ProductName::key(name));
    QVERIFY(row >= 0);
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(browser->productPage()->isVisible());
}
