// The North Star tree widget paints the tree, follows new trees and colours, and tells
// screen readers the metric, its inputs and the guardrail in words.
#include "Theme.h"
#include "report/NorthStarTreePainter.h"
#include "stages/common/StageWidgets.h"
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

// A converge-step tree: `n` inputs with long names, a long metric and a guardrail.
NorthStarTree longTree(int n) {
    NorthStarTree tree = sample();
    tree.metricName = u"Households cooking at least two meal-kit recipes a week"_s;
    tree.inputs.clear();
    for (int i = 0; i < n; ++i)
        tree.inputs.append(
            {u"Share of households in region %1 who reorder within fourteen days"_s.arg(i + 1),
             u"Breadth"_s,
             {},
             {}});
    tree.guardrailName = u"Recipe ratings from households that cooked"_s;
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
    void projectorSizingKeepsTheFloor_data();
    void projectorSizingKeepsTheFloor();
    void projectorColoursFollowTheLook();
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
          u"Boxes per month"_s, u"Breadth"_s, u"owner Menu team"_s, u"Guardrail: Food waste."_s})
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

void TestNorthStarTreeView::projectorSizingKeepsTheFloor_data() {
    QTest::addColumn<int>("inputs");
    QTest::newRow("3 long") << 3;
    QTest::newRow("4 long") << 4;
    QTest::newRow("5 long") << 5;
}

void TestNorthStarTreeView::projectorSizingKeepsTheFloor() {
    QFETCH(int, inputs);
    NorthStarTreeView view;
    view.setFont(Theme::font(StageWidgets::ProjectorFloor));
    view.setSizing(TreeSizing::Legible);
    view.setTree(longTree(inputs));
    view.resize(1792, 718); // the tree's room on a 1920 × 1080 projector
    const NorthStarTreeLayout& layout = view.treeLayout();
    QVERIFY(layout.fits);
    // 28 pt at this screen's dpi, in the pixels the layout uses.
    const qreal floor = StageWidgets::ProjectorFloor * view.logicalDpiY() / 72.0;
    QVERIFY2(layout.smallestPixelSize() >= floor,
             qPrintable(u"%1 px < %2 px"_s.arg(layout.smallestPixelSize()).arg(floor)));
    const QList<QRectF> boxes = layout.boxes();
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY(!boxes.at(i)
                         .adjusted(0.5, 0.5, -0.5, -0.5)
                         .intersects(boxes.at(j).adjusted(0.5, 0.5, -0.5, -0.5)));
    // Three columns hold the eleven-word names whole; four and five shorten them to three
    // lines rather than go below the floor (the tooltip and screen readers have the rest).
    for (const TreeText& text : layout.texts)
        QVERIFY2(!text.elided || (inputs > 3 && text.lines.size() == 3), qPrintable(text.text));
    // The console's sizing of the same tree goes smaller: the floor is the projector's.
    view.setSizing(TreeSizing::Scaled);
    view.setFont(Theme::font(10));
    QVERIFY(view.treeLayout().smallestPixelSize() < floor);
}

void TestNorthStarTreeView::projectorColoursFollowTheLook() {
    QWidget window;
    QPalette dark = window.palette();
    dark.setColor(QPalette::Window, TreeColors::projector().background);
    window.setPalette(dark);
    auto* slot = new QWidget(&window);
    auto* view = new NorthStarTreeView(slot);
    view->setProjectorColors();
    QCOMPARE(view->colors().background, TreeColors::projector().background);
    QPalette light = window.palette();
    light.setColor(QPalette::Window, TreeColors::projectorLight().background);
    window.setPalette(light);
    QCOMPARE(view->colors().background, TreeColors::projectorLight().background);
    view->resize(400, 300);
    QCOMPARE(view->grab().toImage().pixelColor(2, 2), TreeColors::projectorLight().background);
    view->setColors(TreeColors::print()); // chosen colours stay
    window.setPalette(dark);
    QCOMPARE(view->colors().background, TreeColors::print().background);
}

QTEST_MAIN(TestNorthStarTreeView)
#include "TestNorthStarTreeView.moc"
