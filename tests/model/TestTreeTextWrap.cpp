// Line breaking on the North Star tree follows Unicode (QTextBoundaryFinder::Line): a Chinese
// or Japanese name, written without spaces, wraps between characters inside its box instead
// of overflowing it or being cut mid-character; Latin text still wraps at spaces; nothing is
// lost or added. Set LODESTAR_TREE_RENDERS=<folder> to keep a PNG of a CJK tree to look at.
#include "report/NorthStarTreePainter.h"
#include "report/TreeTextWrap.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using TreeTextWrap::Overflow;

namespace {

const QString Chinese = u"每周至少完成三项共享任务并在周一统计上周数据的活跃团队数量"_s;
const QString Japanese = u"初回注文から十四日以内に二回目の注文をした新規顧客の割合"_s;

QFont baseFont(int pixels) {
    QFont font(u"Inter"_s);
    font.setPixelSize(pixels);
    return font;
}

bool inside(const QRectF& inner, const QRectF& outer) {
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner);
}

NorthStarTree cjkTree() {
    NorthStarTree tree;
    tree.metricName = Chinese;
    tree.metricDefinition = Chinese + u"，按月计算。"_s;
    tree.gameLabel = u"Productivity game"_s;
    tree.inputs = {{Japanese, u"Breadth"_s, u"成長チーム"_s, Japanese + u"、毎週"_s},
                   {u"共享任务完成率"_s, u"Depth"_s, u"平台组"_s, u"每周完成的共享任务比例"_s},
                   {u"Weekly teams 每周活跃团队"_s, u"Frequency"_s, QString(), QString()}};
    tree.guardrailName = u"支持工单数量不增加"_s;
    return tree;
}

} // namespace

class TestTreeTextWrap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wrapsBetweenCharacters_data();
    void wrapsBetweenCharacters();
    void latinStillWrapsAtSpaces();
    void elidingKeepsTheTextsOrder();
    void cjkNamesWrapInsideTheirBoxes();
};

void TestTreeTextWrap::initTestCase() {
    // Without a CJK font every character is a box of the same width and the test would prove
    // nothing: fail, naming the package, instead of skipping.
    QVERIFY2(QFontDatabase::families().contains(u"Noto Sans CJK SC"_s),
             "fonts-noto-cjk is not installed (installer/install-deps.sh installs it)");
}

void TestTreeTextWrap::wrapsBetweenCharacters_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("Chinese") << Chinese;
    QTest::newRow("Japanese") << Japanese;
    QTest::newRow("mixed") << u"Weekly active teams 每周完成共享任务的团队"_s;
}

void TestTreeTextWrap::wrapsBetweenCharacters() {
    QFETCH(QString, text);
    const QFontMetricsF fm(baseFont(16));
    const qreal width = 160;
    QVERIFY(fm.horizontalAdvance(text) > 2 * width);
    const TreeTextWrap::Wrapped w = TreeTextWrap::wrap(text, fm, width, Overflow::Reject, 0);
    QVERIFY2(!w.brokeWord, "the text had no place to break");
    QVERIFY2(w.lines.size() >= 3, qPrintable(w.lines.join(u'|')));
    for (const QString& line : w.lines)
        QVERIFY2(fm.horizontalAdvance(line) <= width, qPrintable(line));
    // Every character once, in order; only the spaces where Latin lines broke are dropped.
    QString joined = w.lines.join(QString());
    QString expected = text;
    QCOMPARE(joined.remove(u' '), expected.remove(u' '));
    // Balancing a centred CJK text keeps it whole as well.
    TreeText centred;
    centred.text = text;
    centred.lines = w.lines;
    centred.font = baseFont(16);
    centred.rect = QRectF(0, 0, width, 100);
    TreeTextWrap::balance(centred);
    QCOMPARE(centred.lines.size(), w.lines.size());
    for (const QString& line : centred.lines)
        QVERIFY2(fm.horizontalAdvance(line) <= width, qPrintable(line));
}

void TestTreeTextWrap::latinStillWrapsAtSpaces() {
    const QFontMetricsF fm(baseFont(16));
    const QString text = u"Share of  first-time customers\nwho come back within fourteen days"_s;
    const auto w = TreeTextWrap::wrap(text, fm, 150, Overflow::Reject, 0);
    QVERIFY(w.lines.size() >= 2);
    // The words in order (a line may also end after the hyphen of "first-time").
    QString joined = w.lines.join(QString()), expected = text;
    QCOMPARE(joined.remove(u' '), expected.remove(u' ').remove(u'\n'));
    for (const QString& line : w.lines) {
        QVERIFY2(!line.startsWith(u' ') && !line.endsWith(u' '), qPrintable(line));
        QVERIFY2(fm.horizontalAdvance(line) <= 150, qPrintable(line));
    }
    // A word wider than the line is broken only when asked, at character boundaries.
    const QString word = u"Supercalifragilisticexpialidocious"_s;
    QVERIFY(TreeTextWrap::wrap(word, fm, 80, Overflow::Reject, 0).brokeWord);
    const auto broken = TreeTextWrap::wrap(word, fm, 80, Overflow::BreakWords, 0);
    QVERIFY(broken.lines.size() >= 2);
    QCOMPARE(broken.lines.join(QString()), word);
}

void TestTreeTextWrap::elidingKeepsTheTextsOrder() {
    const QFontMetricsF fm(baseFont(16));
    const auto w = TreeTextWrap::wrap(Chinese, fm, 120, Overflow::Elide, 2);
    QCOMPARE(w.lines.size(), 2);
    QVERIFY(w.elided);
    QVERIFY2(w.lines.last().endsWith(QChar(0x2026)), qPrintable(w.lines.last()));
    // The second line carries on where the first stopped, with no space put in between.
    QVERIFY2(Chinese.startsWith(w.lines.first() + w.lines.last().chopped(1)),
             qPrintable(w.lines.join(u'|')));
}

void TestTreeTextWrap::cjkNamesWrapInsideTheirBoxes() {
    const NorthStarTree tree = cjkTree();
    for (const QSize size : {QSize(1000, 600), QSize(794, 1123), QSize(1920, 1080)}) {
        const QRectF area(QPointF(0, 0), size);
        const NorthStarTreeLayout l = NorthStarTreeLayout::compute(tree, area, baseFont(13));
        QVERIFY(l.fits);
        const QList<QRectF> boxes = l.boxes();
        bool metricWrapped = false;
        for (const TreeText& t : l.texts) {
            const QString where = u"%1 at %2x%3"_s.arg(t.text).arg(size.width()).arg(size.height());
            QVERIFY2(!t.elided, qPrintable(where));
            QVERIFY2(std::any_of(boxes.begin(), boxes.end(),
                                 [&](const QRectF& box) { return inside(t.rect, box); }),
                     qPrintable(where));
            const QFontMetricsF fm(t.font);
            for (const QString& line : t.lines)
                QVERIFY2(fm.horizontalAdvance(line) <= t.rect.width() + 0.5,
                         qPrintable(where + u": "_s + line));
            if (t.text == Chinese)
                metricWrapped = t.lines.size() > 1 && t.lines.join(QString()) == Chinese;
        }
        QVERIFY2(metricWrapped, "the Chinese metric name did not wrap whole");
        // Look at it: the picture is kept when asked.
        const QString keep = qEnvironmentVariable("LODESTAR_TREE_RENDERS");
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        NorthStarTreePainter::paint(painter, tree, area, TreeColors::print(), baseFont(13));
        painter.end();
        if (!keep.isEmpty())
            QVERIFY(image.save(
                QDir(keep).filePath(u"tree-cjk-%1x%2.png"_s.arg(size.width()).arg(size.height()))));
    }
}

QTEST_MAIN(TestTreeTextWrap)
#include "TestTreeTextWrap.moc"
