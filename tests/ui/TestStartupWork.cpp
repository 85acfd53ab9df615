// What start-up leaves undone (issue 16): work the first frame would pay for and never show.
#include "LibraryPage.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "agenda/Clock.h"
#include "team/LibraryTabs.h"
#include "widgets/PlainCellDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

// Counts how often a table's row header has the size of one of its sections worked out.
class CountingStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override {
        const auto* header = qobject_cast<const QHeaderView*>(widget);
        if (type == CT_HeaderSection && header && header->orientation() == Qt::Vertical)
            ++rowHeaderSections;
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }
    mutable int rowHeaderSections = 0;
};

// Counts the library pages moved to another parent once made.
class PageMoves : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ParentChange && qobject_cast<LibraryPage*>(watched))
            ++moves;
        return QObject::eventFilter(watched, event);
    }
    int moves = 0;
};

} // namespace

class TestStartupWork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theHiddenRowHeaderIsNeverMeasured();
    void theLibraryIsMadeWhereItStays();
    void theListPaintsItsPlainCellsItself();
    void plainCellsLookAsTheStylePaintsThem();
};

void TestStartupWork::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestStartupWork::theHiddenRowHeaderIsNeverMeasured() {
    // The list has no row numbers; measuring them laid out up to 200 numbers at start-up.
    auto* style = new CountingStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setStyle(style); // the application owns it
    TestLibrary library;
    QVERIFY(library.isOpen());
    for (int i = 0; i < 3; ++i)
        QVERIFY(library.addWorkshop(QStringLiteral("Workshop %1").arg(i)));
    QUndoStack undoStack;
    LibraryPage page(library.store(), undoStack);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.view()->model()->rowCount(), 3);
    QVERIFY(page.view()->verticalHeader()->isHidden());
    QCOMPARE(style->rowHeaderSections, 0);
}

void TestStartupWork::theLibraryIsMadeWhereItStays() {
    // Moved into its tabs once made, the page had its whole style worked out again.
    TestLibrary library;
    QVERIFY(library.isOpen());
    PageMoves moves;
    qApp->installEventFilter(&moves);
    ManualClock clock;
    MainWindow window(library.store(), clock);
    qApp->removeEventFilter(&moves);
    QVERIFY(window.libraryPage());
    QCOMPARE(moves.moves, 0);
    QVERIFY(window.libraryTabs()->isAncestorOf(window.libraryPage()));
}

void TestStartupWork::theListPaintsItsPlainCellsItself() {
    // The style lays a cell's text out four times; a thousand workshops' first screen spent a
    // third of its start-up there.
    TestLibrary library;
    QVERIFY(library.isOpen());
    QUndoStack undoStack;
    LibraryPage page(library.store(), undoStack);
    QVERIFY(qobject_cast<PlainCellDelegate*>(page.view()->itemDelegate()));
}

void TestStartupWork::plainCellsLookAsTheStylePaintsThem() {
    Theme::applyConsoleTheme(*qApp); // the style sheet the app paints with
    QStandardItemModel model(0, 3);
    const QStringList texts = {QStringLiteral("Weekly active teams"),
                               QStringLiteral("12"),
                               QStringLiteral("Facilitator 7"),
                               QStringLiteral("A title far too long for its column, elided"),
                               QStringLiteral("Two\nlines"),
                               QString()};
    const QList<Qt::Alignment> alignments = {Qt::AlignLeft | Qt::AlignVCenter,
                                             Qt::AlignRight | Qt::AlignVCenter, Qt::AlignCenter};
    for (int row = 0; row < texts.size(); ++row) {
        QList<QStandardItem*> items;
        for (int column = 0; column < 3; ++column) {
            auto* item = new QStandardItem(texts[(row + column) % texts.size()]);
            item->setData(QVariant::fromValue(alignments[column]), Qt::TextAlignmentRole);
            items.append(item);
        }
        model.appendRow(items);
    }
    model.item(2, 1)->setEnabled(false);
    QTableView view;
    view.setModel(&model);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 16);
    view.horizontalHeader()->resizeSection(0, 150);
    view.resize(520, 260);
    view.selectionModel()->select(model.index(1, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage byStyle = view.grab().toImage();
    view.setItemDelegate(new PlainCellDelegate(&view));
    const QImage byDelegate = view.grab().toImage();
    QCOMPARE(byDelegate.size(), byStyle.size());
    QVERIFY(byDelegate == byStyle);
}

QTEST_MAIN(TestStartupWork)
#include "TestStartupWork.moc"
