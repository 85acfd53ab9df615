// The North Star tree widget paints the tree, follows new trees and colours, and tells
// screen readers the metric, its inputs and the guardrail in words.
#include "report/NorthStarTreePainter.h"
#include "widgets/NorthStarTreeView.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>

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

QTEST_MAIN(TestNorthStarTreeView)
#include "TestNorthStarTreeView.moc"
