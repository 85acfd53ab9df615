// The North Star tree's geometry holds for 0–5 inputs, long names and every target size
// (projector, console, A4): boxes never overlap or leave the area, text stays in its box,
// and painting produces a real picture. Set LODESTAR_TREE_RENDERS=<folder> to keep PNGs.
#include "playbook/Playbook.h"
#include "report/NorthStarTreePainter.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TreeColors)
Q_DECLARE_METATYPE(NorthStarTree)

namespace {

NorthStarTree instacart(bool withGuardrail = true) {
    const Playbook& playbook = Playbook::standard();
    const WorkedExample& e = playbook.workedExample();
    NorthStarTree tree;
    tree.metricName = e.name;
    tree.metricDefinition = e.definition;
    tree.gameLabel = playbook.game(e.game)->title + u" game"_s;
    for (const WorkedInput& input : e.inputs)
        tree.inputs.append({input.name, playbook.inputPattern(input.pattern)->title, input.owner,
                            input.definition});
    if (withGuardrail) {
        tree.guardrailName = e.guardrailName;
        tree.guardrailDefinition = e.guardrailDefinition;
    }
    return tree;
}

NorthStarTree withInputs(int count, bool longNames) {
    NorthStarTree tree = instacart();
    const QString longWords = u"Share of first-time customers who come back for a second order "
                              "within fourteen days of their first delivery, by region"_s;
    tree.inputs.clear();
    const QStringList patterns{u"Breadth"_s, u"Depth"_s, u"Frequency"_s, u"Efficiency"_s,
                               u"Other"_s};
    for (int i = 0; i < count; ++i)
        tree.inputs.append(
            {longNames ? longWords : u"Input %1"_s.arg(i + 1), patterns.at(i),
             longNames ? u"The customer lifecycle and retention squad"_s : u"Team %1"_s.arg(i + 1),
             longNames ? longWords + u", measured weekly"_s : QString()});
    if (longNames) {
        tree.metricName = longWords;
        tree.metricDefinition = longWords + u", counted every calendar month"_s;
        tree.guardrailName = longWords;
    }
    return tree;
}

// The tree as a projector view shows it (about 40 words): names, no owners or definitions.
NorthStarTree projectorTree(NorthStarTree tree) {
    for (NorthStarTreeInput& input : tree.inputs) {
        input.owner.clear();
        input.definition.clear();
    }
    tree.metricDefinition.clear();
    tree.guardrailDefinition.clear();
    return tree;
}

// Long but real names, as a room writes them in the converge step.
NorthStarTree convergeTree(int inputs) {
    NorthStarTree tree;
    tree.metricName = u"Households cooking at least two meal-kit recipes a week"_s;
    tree.metricDefinition = u"Households that cook two or more recipes from their box within "
                            "seven days of delivery, counted weekly"_s;
    tree.gameLabel = u"Transaction game"_s;
    const QList<NorthStarTreeInput> all{
        {u"Share of first-time customers who reorder within fourteen days"_s, u"Breadth"_s,
         u"Growth and lifecycle"_s, u"Customers whose second order arrives within two weeks"_s},
        {u"Recipes cooked per delivered box in the first week"_s, u"Depth"_s, u"Menu team"_s, {}},
        {u"Boxes ordered per active household per month"_s, u"Frequency"_s, u"Retention"_s, {}},
        {u"Deliveries arriving complete inside the promised window"_s,
         u"Efficiency"_s,
         u"Fulfilment operations"_s,
         {}},
        {u"Households skipping fewer than two weeks a quarter"_s,
         u"Frequency"_s,
         u"Retention"_s,
         {}}};
    tree.inputs = all.mid(0, inputs);
    tree.guardrailName = u"Recipe ratings from households that cooked"_s;
    tree.guardrailDefinition = u"Average rating of the recipes cooked, out of five"_s;
    return tree;
}

// The tree's area on a 1920 × 1080 projector, under the structure stage's title and timer
// and above the progress line (TestTeachingPages::structureTreeIsLegibleFromTheBackRow
// prints it).
constexpr QSizeF ProjectorTreeArea(1792, 718);
// The projector's floor: 28 pt, which the layout reads at 96 dpi.
constexpr qreal ProjectorFloorPoints = 28;
constexpr qreal ProjectorFloorPixels = ProjectorFloorPoints * 96 / 72; // 37.33 px

QFont projectorFont() {
    QFont font(u"Inter"_s);
    font.setPointSizeF(ProjectorFloorPoints);
    return font;
}

QFont baseFont(qreal pixels) {
    QFont font(u"Inter"_s);
    font.setPixelSize(int(pixels));
    return font;
}

bool inside(const QRectF& inner, const QRectF& outer) {
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner);
}

bool overlap(const QRectF& a, const QRectF& b) {
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5));
}

QImage render(const NorthStarTree& tree, QSize size, const TreeColors& colors) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    NorthStarTreePainter::paint(painter, tree, QRectF(QPointF(0, 0), size), colors, baseFont(13));
    return image;
}

// WCAG contrast ratio of two opaque colours.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestNorthStarTreeLayout : public QObject {
    Q_OBJECT

private slots:
    void geometry_data();
    void geometry();
    void textScalesWithTheArea();
    void longTextWrapsWithoutLoss();
    void tinyAreaElidesButKeepsText();
    void paintsAPicture_data();
    void paintsAPicture();
    void summaryInWords();
    void projectorTextStaysLegible_data();
    void projectorTextStaysLegible();
    void projectorKeepsTheWorkedExampleWhole();
    void presetsPassTheContrastRule_data();
    void presetsPassTheContrastRule();
};

void TestNorthStarTreeLayout::geometry_data() {
    QTest::addColumn<int>("inputs");
    QTest::addColumn<bool>("longNames");
    QTest::addColumn<bool>("guardrail");
    QTest::addColumn<QSize>("size");
    const QList<QPair<const char*, QSize>> sizes{{"projector", {1920, 1080}},
                                                 {"console", {1000, 600}},
                                                 {"a4 landscape", {1123, 794}},
                                                 {"a4 portrait", {794, 1123}}};
    for (const auto& [name, size] : sizes) {
        for (int n : {0, 3, 4, 5}) {
            for (bool longNames : {false, true}) {
                const QByteArray row = QByteArray(name) + ' ' + QByteArray::number(n) +
                                       (longNames ? " long" : " short");
                QTest::newRow(row.constData()) << n << longNames << true << size;
            }
        }
        QTest::newRow((QByteArray(name) + " no guardrail").constData())
            << 4 << false << false << size;
    }
}

void TestNorthStarTreeLayout::geometry() {
    QFETCH(int, inputs);
    QFETCH(bool, longNames);
    QFETCH(bool, guardrail);
    QFETCH(QSize, size);
    NorthStarTree tree = withInputs(inputs, longNames);
    if (!guardrail)
        tree.guardrailName.clear();
    const QRectF area(QPointF(0, 0), size);
    const NorthStarTreeLayout l = NorthStarTreeLayout::compute(tree, area, baseFont(13));

    QVERIFY(l.fits);
    QCOMPARE(l.inputs.size(), inputs);
    QCOMPARE(l.inputsPlaceholder.isNull(), inputs > 0);
    QCOMPARE(l.guardrail.isNull(), !guardrail);
    const QList<QRectF> boxes = l.boxes();
    for (int i = 0; i < boxes.size(); ++i) {
        QVERIFY2(inside(boxes.at(i), area), qPrintable(u"box %1 leaves the area"_s.arg(i)));
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!overlap(boxes.at(i), boxes.at(j)),
                     qPrintable(u"boxes %1 and %2 overlap"_s.arg(i).arg(j)));
    }
    QVERIFY(l.results.bottom() < l.metric.top());
    QVERIFY(inside(l.star, l.metric));
    QVERIFY(l.gameChip.isNull() || inside(l.gameChip, l.metric));
    for (int i = 0; i < l.inputs.size(); ++i) {
        QCOMPARE(l.inputs.at(i).top(), l.inputs.first().top());
        QCOMPARE(l.inputs.at(i).height(), l.inputs.first().height());
        QVERIFY(l.inputs.at(i).top() > l.metric.bottom());
        if (i > 0)
            QVERIFY(l.inputs.at(i).left() > l.inputs.at(i - 1).right());
    }
    const QRectF row = inputs > 0 ? l.inputs.first() : l.inputsPlaceholder;
    if (guardrail)
        QVERIFY(l.guardrail.top() > row.bottom());
    QCOMPARE(l.arrows.size(), 1 + std::max(inputs, 1)); // a dashed one to "inputs to be chosen"
    QVERIFY(inside(l.contentBounds(), area));

    // Every text sits in a box, inside its own width, and no two texts overlap.
    for (int i = 0; i < l.texts.size(); ++i) {
        const TreeText& t = l.texts.at(i);
        QVERIFY2(std::any_of(boxes.begin(), boxes.end(),
                             [&](const QRectF& box) { return inside(t.rect, box); }),
                 qPrintable(t.text));
        const QFontMetricsF fm(t.font);
        for (const QString& line : t.lines)
            QVERIFY2(fm.horizontalAdvance(line) <= t.rect.width() + 0.5, qPrintable(line));
        QVERIFY2(!t.elided, qPrintable(t.text));
        for (int j = i + 1; j < l.texts.size(); ++j)
            QVERIFY2(!overlap(t.rect, l.texts.at(j).rect),
                     qPrintable(t.text + u" / "_s + l.texts.at(j).text));
    }
}

void TestNorthStarTreeLayout::textScalesWithTheArea() {
    const NorthStarTree tree = instacart();
    const auto metricFont = [&](QSize size) {
        const auto l = NorthStarTreeLayout::compute(tree, QRectF(QPointF(), size), baseFont(13));
        for (const TreeText& t : l.texts)
            if (t.text == tree.metricName)
                return t.font.pixelSize();
        return 0;
    };
    const int projector = metricFont({1920, 1080});
    const int console = metricFont({1000, 600});
    QVERIFY2(projector >= 44, qPrintable(QString::number(projector))); // readable at 8 m
    QVERIFY(console >= 22);
    QVERIFY(projector > console * 1.5);
    // A 4K print area gets proportionally bigger text, not the same pixels.
    QVERIFY(metricFont({3840, 2160}) >= projector * 1.8);
}

void TestNorthStarTreeLayout::longTextWrapsWithoutLoss() {
    const NorthStarTree tree = withInputs(5, true);
    const auto l = NorthStarTreeLayout::compute(tree, QRectF(0, 0, 1000, 600), baseFont(11));
    QVERIFY(l.fits);
    bool wrapped = false;
    for (const TreeText& t : l.texts) {
        QCOMPARE(t.lines.join(u' '), t.text.simplified());
        wrapped = wrapped || t.lines.size() > 1;
    }
    QVERIFY(wrapped);
}

void TestNorthStarTreeLayout::tinyAreaElidesButKeepsText() {
    const NorthStarTree tree = withInputs(5, true);
    const QRectF area(0, 0, 320, 200);
    const auto l = NorthStarTreeLayout::compute(tree, area, baseFont(13));
    const auto elided =
        std::count_if(l.texts.begin(), l.texts.end(), [](const TreeText& t) { return t.elided; });
    QVERIFY(elided > 0);
    for (const TreeText& t : l.texts)
        if (t.elided)
            QVERIFY(t.text.size() > t.lines.join(u' ').size() - 1);
    for (const QRectF& box : l.boxes())
        QVERIFY(box.width() <= area.width());
}

void TestNorthStarTreeLayout::paintsAPicture_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("file");
    QTest::newRow("projector dark") << QSize(1920, 1080) << true << u"tree-projector-dark.png"_s;
    QTest::newRow("console light") << QSize(1000, 600) << false << u"tree-console-light.png"_s;
}

void TestNorthStarTreeLayout::paintsAPicture() {
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QFETCH(QString, file);
    const TreeColors colors = dark ? TreeColors::projector() : TreeColors::console();
    const QImage image = render(instacart(), size, colors);
    qint64 background = 0, accent = 0, untouched = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            background += pixel == colors.background.rgb();
            accent += pixel == colors.accent.rgb();
            untouched += pixel == QColor(Qt::magenta).rgb();
        }
    }
    const qint64 sampled = qint64(image.width() / 2) * (image.height() / 2);
    QCOMPARE(untouched, 0);              // the background is painted everywhere
    QVERIFY(background < sampled * 0.9); // and something stands on it
    QVERIFY(accent > 0);                 // the star and the metric's border
    const QString folder = qEnvironmentVariable("LODESTAR_TREE_RENDERS");
    if (!folder.isEmpty())
        QVERIFY(image.save(QDir(folder).filePath(file)));
}

void TestNorthStarTreeLayout::summaryInWords() {
    const QString summary = instacart().summary();
    QVERIFY(summary.contains(u"Monthly items received on time"_s));
    QVERIFY(summary.contains(u"Items per order (Depth, owner Catalogue team)"_s));
    QVERIFY(summary.contains(u"Guardrail: Order accuracy."_s));
    QVERIFY(!summary.contains(u"must not fall"_s)); // the team's sentence, as written
    QVERIFY(NorthStarTree().summary().contains(u"not chosen yet"_s));
}

void TestNorthStarTreeLayout::projectorTextStaysLegible_data() {
    QTest::addColumn<NorthStarTree>("tree");
    QTest::addColumn<bool>("whole"); // everything fits without shortening
    for (int n : {3, 4, 5}) {
        const QByteArray count = QByteArray::number(n);
        // Ten-word names: whole in three columns; in four or five, names wrap to three
        // lines and end in "…" rather than go below the floor.
        QTest::newRow((count + " converge names").constData())
            << projectorTree(convergeTree(n)) << (n == 3);
        QTest::newRow((count + " converge, with owners and definitions").constData())
            << convergeTree(n) << false;
        // Twenty-word names everywhere: shortened, but never smaller.
        QTest::newRow((count + " very long").constData()) << withInputs(n, true) << false;
        QTest::newRow((count + " very long, names only").constData())
            << projectorTree(withInputs(n, true)) << false;
    }
}

void TestNorthStarTreeLayout::projectorTextStaysLegible() {
    QFETCH(NorthStarTree, tree);
    QFETCH(bool, whole);
    const QRectF area(QPointF(0, 0), ProjectorTreeArea);
    const auto l = NorthStarTreeLayout::compute(tree, area, projectorFont(), TreeSizing::Legible);
    QVERIFY(l.fits);
    // Every text, small print included, at 28 pt or more.
    QVERIFY2(l.smallestPixelSize() >= ProjectorFloorPixels,
             qPrintable(QString::number(l.smallestPixelSize())));
    const QList<QRectF> boxes = l.boxes();
    for (int i = 0; i < boxes.size(); ++i) {
        QVERIFY(inside(boxes.at(i), area));
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!overlap(boxes.at(i), boxes.at(j)),
                     qPrintable(u"boxes %1 and %2 overlap"_s.arg(i).arg(j)));
    }
    int inputSize = 0, metricSize = 0;
    for (int i = 0; i < l.texts.size(); ++i) {
        const TreeText& t = l.texts.at(i);
        QVERIFY2(std::any_of(boxes.begin(), boxes.end(),
                             [&](const QRectF& box) { return inside(t.rect, box); }),
                 qPrintable(t.text));
        const QFontMetricsF fm(t.font);
        for (const QString& line : t.lines)
            QVERIFY2(fm.horizontalAdvance(line) <= t.rect.width() + 0.5, qPrintable(line));
        for (int j = i + 1; j < l.texts.size(); ++j)
            QVERIFY2(!overlap(t.rect, l.texts.at(j).rect),
                     qPrintable(t.text + u" / "_s + l.texts.at(j).text));
        if (whole)
            QVERIFY2(!t.elided, qPrintable(t.text));
        QVERIFY(t.elided || t.lines.join(u' ') == t.text.simplified()); // nothing lost silently
        if (t.text == tree.metricName && !metricSize) // the metric comes before the inputs
            metricSize = t.font.pixelSize();
        else if (t.text == tree.inputs.first().name)
            inputSize = t.font.pixelSize();
    }
    QVERIFY(inputSize >= ProjectorFloorPixels);
    QVERIFY(metricSize > inputSize); // the metric still reads first
    if (whole)
        QVERIFY(!l.omittedDetails);
}

void TestNorthStarTreeLayout::projectorKeepsTheWorkedExampleWhole() {
    // Instacart as the structure block projects it: no text shortened or left out, input
    // names at or above the floor, the metric half as big again.
    const NorthStarTree tree = projectorTree(instacart());
    const auto l = NorthStarTreeLayout::compute(tree, QRectF(QPointF(0, 0), ProjectorTreeArea),
                                                projectorFont(), TreeSizing::Legible);
    QVERIFY(l.fits);
    QVERIFY(!l.omittedDetails);
    QVERIFY(l.smallestPixelSize() >= ProjectorFloorPixels);
    for (const TreeText& t : l.texts) {
        QVERIFY2(!t.elided, qPrintable(t.text));
        if (t.text == tree.inputs.first().name)
            QVERIFY2(t.font.pixelSize() >= ProjectorFloorPixels, qPrintable(t.text));
        if (t.text == tree.metricName)
            QVERIFY(t.font.pixelSize() >= 1.5 * ProjectorFloorPixels);
    }
    // The same tree on the console is unchanged by the projector's mode.
    const auto console = NorthStarTreeLayout::compute(tree, QRectF(0, 0, 1000, 600), baseFont(13));
    QVERIFY(console.smallestPixelSize() < ProjectorFloorPixels);
}

void TestNorthStarTreeLayout::presetsPassTheContrastRule_data() {
    QTest::addColumn<TreeColors>("colors");
    QTest::addColumn<double>("minimum");
    QTest::newRow("projector") << TreeColors::projector() << 7.0; // read from metres away
    QTest::newRow("projector light") << TreeColors::projectorLight() << 7.0;
    QTest::newRow("console") << TreeColors::console() << 4.5;
    QTest::newRow("print") << TreeColors::print() << 4.5;
}

void TestNorthStarTreeLayout::presetsPassTheContrastRule() {
    QFETCH(TreeColors, colors);
    QFETCH(double, minimum);
    for (const QColor& surface : {colors.background, colors.boxFill, colors.metricFill}) {
        QVERIFY(contrast(colors.ink, surface) >= minimum);
        QVERIFY(contrast(colors.muted, surface) >= minimum);
    }
    QVERIFY(contrast(colors.onAccent, colors.accent) >= minimum);
}

QTEST_MAIN(TestNorthStarTreeLayout)
#include "TestNorthStarTreeLayout.moc"
