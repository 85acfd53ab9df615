// The North Star tree widget paints the tree, follows new trees and colours, and tells
// screen readers the metric, its inputs and the guardrail in words.
#include "report/NorthStarTreePainter.h"
#include "widgets/NorthStarTreeView.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
NorthStarTree sample() {
    NorthStarTree tree;
    tree.metricName = u"Weekly cooked meals"_s;
    tree.metricDefinition = u"Meal kits cooked within seven days of delivery"_s;
    tree.gameLabel = u"Transaction game"_s;
    tree.inputs = {{u"Active households"_s, u"Breadth"_s, u"Growth"_s, {}},
                   {u"Recipes per box"_s, u"Depth"_s, u"Menu team"_s, {}},
                   {u"Boxes per month"_s, u"Frequency"_s, u"Retention"_s, {}}};
    tree.guardrailName = u"Food waste"_s;
    return tree;
}

int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class TestNorthStarTreeView : public QObject {
    Q_OBJECT

private slots:
    void paintsTheTree();
    void describesTheTreeInWords();
    void followsColoursAndSize();
    void shortenedTextShowsInFull();
};

void TestNorthStarTreeView::paintsTheTree() {
    NorthStarTreeView view;
    view.resize(1000, 600);
    const QImage empty = view.grab().toImage();
    view.setTree(sample());
    const QImage image = view.grab().toImage();
    QVERIFY(distinctColours(image) > 20);
    QVERIFY(image != empty);
    QCOMPARE(view.treeLayout().inputs.size(), 3);
    QVERIFY(!view.treeLayout().guardrail.isNull());
    QVERIFY(view.treeLayout().fits);
}

void TestNorthStarTreeView::describesTheTreeInWords() {
    NorthStarTreeView view;
    QVERIFY(!view.accessibleName().isEmpty());
    view.setTree(sample());
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), view.accessibleName());
    const QString description = accessible->text(QAccessible::Description);
    for (const QString& part :
         {u"Weekly cooked meals"_s, u"Active households"_s, u"Recipes per box"_s,
          u"Boxes per month"_s, u"Breadth"_s, u"owner Menu team"_s, u"Food waste must not fall"_s})
        QVERIFY2(description.contains(part), qPrintable(description));
}

void TestNorthStarTreeView::followsColoursAndSize() {
    NorthStarTreeView view;
    view.setTree(sample());
    view.resize(1000, 600);
    const int small = view.treeLayout().texts.first().font.pixelSize();
    view.setColors(TreeColors::projector());
    const QImage dark = view.grab().toImage();
    QCOMPARE(dark.pixelColor(2, 2), TreeColors::projector().background);
    view.resize(1920, 1080);
    QVERIFY(view.treeLayout().texts.first().font.pixelSize() > small);
    QCOMPARE(view.treeLayout().area, QRectF(0, 0, 1920, 1080));
}

void TestNorthStarTreeView::shortenedTextShowsInFull() {
    NorthStarTree tree = sample();
    const QString longName = u"Households that cook at least two of the recipes in their box "
                             "within a week of delivery, counted per region and per plan"_s;
    for (NorthStarTreeInput& input : tree.inputs)
        input.name = longName;
    NorthStarTreeView view;
    view.setTree(tree);
    view.resize(320, 200); // far too small: the view must elide, and say the rest on hover
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto& texts = view.treeLayout().texts;
    const auto elided = std::find_if(texts.begin(), texts.end(), [&](const TreeText& t) {
        return t.elided && t.text == longName;
    });
    QVERIFY(elided != texts.end());
    const QPoint at = elided->rect.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
    QApplication::sendEvent(&view, &help);
    QTRY_COMPARE(QToolTip::text(), longName);
}

QTEST_MAIN(TestNorthStarTreeView)
#include "TestNorthStarTreeView.moc"
