// The check-ins' confidence chart, painted without Qt Charts: it puts every check-in on its
// line in date order, tells a screen reader every value, paints the lines and points where
// it says it does (at 1x and 2x), mirrors for a right-to-left layout, labels the dates
// without overlap, and takes hostile names (long, emoji, right-to-left, markup) as plain
// text at any size, with no check-in, one, two or many.
#include "Theme.h"
#include "history/ConfidenceChart.h"
#include "history/ConfidencePlot.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

CheckIn checkIn(const QDate& date, int metric, const QList<int>& inputs) {
    CheckIn c;
    c.date = date;
    c.metricConfidence = metric;
    for (qsizetype i = 0; i < inputs.size(); ++i)
        if (inputs.at(i) > 0) // 0: left unrated
            c.inputs.append({qint64(i + 1), inputs.at(i), {}});
    return c;
}

QList<Input> inputs(const QStringList& names) {
    QList<Input> result;
    for (qsizetype i = 0; i < names.size(); ++i)
        result.append({qint64(i + 1), 1, names.at(i), {}, InputPattern::Other, {}, int(i)});
    return result;
}

// Three check-ins, given newest first: the metric 2, 5, 3; households 4, 1, 4; the box size
// left unrated in the middle one.
QList<CheckIn> threeCheckIns() {
    return {checkIn(QDate(2026, 3, 1), 3, {4, 2}), checkIn(QDate(2025, 10, 1), 5, {1, 0}),
            checkIn(QDate(2025, 6, 1), 2, {4, 2})};
}

QImage paint(ConfidenceChart& chart, qreal ratio = 1) {
    QImage image(chart.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    chart.render(&image, {}, {}, QWidget::DrawChildren); // the painting only, on white
    return image;
}

// Leaves the picture in LODESTAR_GRAB_DIR, to look at.
void keep(const QImage& image, const QString& name) {
    const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        image.save(QDir(folder).filePath(name));
}

int inkedPixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) != qRgb(255, 255, 255);
    return count;
}

bool near(QRgb a, const QColor& b) {
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) +
               std::abs(qBlue(a) - b.blue()) <
           24;
}

} // namespace

class TestConfidenceChart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mapsCheckInsToPointsInDateOrder();
    void describesEveryValueToScreenReaders();
    void paintsThePointsWhereItSays_data();
    void paintsThePointsWhereItSays();
    void mirrorsForRightToLeft();
    void hoverNamesThePointsAndLongNames();
    void dateLabelsFitWithoutOverlap_data();
    void dateLabelsFitWithoutOverlap();
    void hostileNamesAndCounts_data();
    void hostileNamesAndCounts();
    void takesItsCardFromTheTheme();
};

void TestConfidenceChart::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestConfidenceChart::mapsCheckInsToPointsInDateOrder() {
    ConfidenceChart chart;
    chart.resize(900, 300);
    chart.setCheckIns(threeCheckIns(), u"Weekly dinners"_s,
                      inputs({u"Cooking households"_s, u"Meals per box"_s}));
    QCOMPARE(chart.names(), QStringList({u"Metric: Weekly dinners"_s, u"Cooking households"_s,
                                         u"Meals per box"_s}));
    QCOMPARE(chart.lines().size(), 3);
    const ConfidenceChart::Line& metric = chart.lines().first();
    QCOMPARE(metric.points.size(), 3);
    QCOMPARE(metric.points.at(0).date, QDate(2025, 6, 1)); // oldest first
    QCOMPARE(metric.points.at(0).level, 2);
    QCOMPARE(metric.points.at(1).level, 5);
    QCOMPARE(metric.points.at(2).level, 3);
    QCOMPARE(chart.lines().at(2).points.size(), 2); // unrated in October: no point
    QCOMPARE(chart.lines().at(2).points.at(1).date, QDate(2026, 3, 1));
    // Later is further right; a higher level is higher up; all inside the widget.
    QVERIFY(chart.pointAt(0, 0).x() < chart.pointAt(0, 1).x());
    QVERIFY(chart.pointAt(0, 1).x() < chart.pointAt(0, 2).x());
    QVERIFY(chart.pointAt(0, 1).y() < chart.pointAt(0, 2).y());
    QVERIFY(chart.pointAt(0, 2).y() < chart.pointAt(0, 0).y());
    QCOMPARE(chart.pointAt(1, 0).x(), chart.pointAt(0, 0).x()); // same day, same place
    for (int l = 0; l < chart.lines().size(); ++l)
        for (int i = 0; i < chart.lines().at(l).points.size(); ++i)
            QVERIFY(chart.rect().contains(chart.pointAt(l, i).toPoint()));
    // A level's distance is the same everywhere: 5 - 3 is twice 3 - 2.
    const qreal step = chart.pointAt(0, 0).y() - chart.pointAt(0, 2).y();
    QVERIFY(step > 10);
    QVERIFY(std::abs((chart.pointAt(0, 2).y() - chart.pointAt(0, 1).y()) - 2 * step) < 1);
    QVERIFY(chart.firstDay() < QDate(2025, 6, 1));
    QVERIFY(chart.lastDay() > QDate(2026, 3, 1));
    // Nine months, 900 px wide: months are labelled, with their year.
    const QStringList dates = chart.dateLabels();
    QVERIFY2(dates.size() >= 3, qPrintable(dates.join(u'|')));
    for (const QString& date : dates)
        QVERIFY2(date.endsWith(u" 2025"_s) || date.endsWith(u" 2026"_s), qPrintable(date));
}

void TestConfidenceChart::describesEveryValueToScreenReaders() {
    ConfidenceChart chart;
    chart.setCheckIns(threeCheckIns(), u"Weekly dinners"_s,
                      inputs({u"Cooking households"_s, u"Meals per box"_s, u"Never rated"_s}));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&chart);
    QVERIFY(accessible);
    QVERIFY(
        accessible->text(QAccessible::Name)
            .startsWith(u"Confidence over time in “Weekly dinners” and its inputs, 3 check-in"_s));
    const QStringList lines = accessible->text(QAccessible::Description).split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"Metric: Weekly dinners: 2 on 1 June 2025; 5 on 1 October 2025; "
                          "3 on 1 March 2026"_s);
    QCOMPARE(lines.at(2), u"Meals per box: 2 on 1 June 2025; 2 on 1 March 2026"_s);
    QCOMPARE(lines.at(3), u"Never rated: not rated"_s);
    chart.setCheckIns({}, u"Weekly dinners"_s, {});
    QCOMPARE(accessible->text(QAccessible::Description), u"No check-ins yet."_s);
}

void TestConfidenceChart::paintsThePointsWhereItSays_data() {
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x, high DPI") << 2.0;
}

void TestConfidenceChart::paintsThePointsWhereItSays() {
    QFETCH(qreal, ratio);
    ConfidenceChart chart;
    chart.resize(800, 280);
    chart.setCheckIns({}, u"Weekly dinners"_s, inputs({u"Cooking households"_s}));
    const int empty = inkedPixels(paint(chart, ratio));
    QVERIFY(empty > 0); // the axes and the legend
    chart.setCheckIns(threeCheckIns(), u"Weekly dinners"_s, inputs({u"Cooking households"_s}));
    const QImage image = paint(chart, ratio);
    keep(image, u"confidence-chart-%1x.png"_s.arg(ratio));
    // The lines and points add ink: at least a dot's worth per point.
    QVERIFY2(inkedPixels(image) > empty + int(6 * 100 * ratio * ratio),
             qPrintable(u"%1 against %2"_s.arg(inkedPixels(image)).arg(empty)));
    // Each point's centre has its line's colour (the metric night, households the next).
    const QList<QColor> colours = Theme::seriesColors();
    for (int l = 0; l < 2; ++l)
        for (int i = 0; i < 3; ++i) {
            const QPoint at = (chart.pointAt(l, i) * ratio).toPoint();
            QVERIFY2(near(image.pixel(at), colours.at(l)),
                     qPrintable(u"line %1 point %2: %3"_s.arg(l).arg(i).arg(
                         QColor(image.pixel(at)).name())));
        }
    // Between two metric points the line runs: halfway there is night too.
    const QPointF halfway = (chart.pointAt(0, 0) + chart.pointAt(0, 1)) / 2 * ratio;
    QVERIFY(near(image.pixel(halfway.toPoint()), colours.at(0)));
}

void TestConfidenceChart::mirrorsForRightToLeft() {
    ConfidenceChart chart;
    chart.resize(800, 280);
    chart.setLayoutDirection(Qt::RightToLeft);
    chart.setCheckIns(threeCheckIns(), u"Weekly dinners"_s, inputs({u"Cooking households"_s}));
    QVERIFY(chart.pointAt(0, 0).x() > chart.pointAt(0, 1).x()); // time runs right to left
    const ConfidencePlot plot(chart.rect(), Qt::RightToLeft, chart.names(), chart.firstDay(),
                              chart.lastDay());
    QVERIFY(plot.legendRow(0).right() < plot.area().left());  // the legend on the left
    QVERIFY(plot.levelLabel(3).left() > plot.area().right()); // the levels on the right
    const QImage image = paint(chart);
    keep(image, u"confidence-chart-rtl.png"_s);
    QVERIFY(near(image.pixel(chart.pointAt(0, 1).toPoint()), Theme::seriesColors().first()));
}

void TestConfidenceChart::hoverNamesThePointsAndLongNames() {
    ConfidenceChart chart;
    chart.resize(800, 280);
    const QString longName =
        u"Share of households who cook at least two recipes a week "_s.repeated(3);
    chart.setCheckIns(threeCheckIns(), u"Weekly dinners"_s, inputs({longName}));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // On the October point: its date and the metric's level there.
    const QPoint point = chart.pointAt(0, 1).toPoint();
    QHelpEvent onPoint(QEvent::ToolTip, point, chart.mapToGlobal(point));
    QApplication::sendEvent(&chart, &onPoint);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), u"1 October 2025\nMetric: Weekly dinners: 5 of 5"_s);
    // On the legend's shortened name: the whole of it.
    const ConfidencePlot plot(chart.rect(), Qt::LeftToRight, chart.names(), chart.firstDay(),
                              chart.lastDay());
    const QPoint legend = plot.legendText(1).center();
    QHelpEvent onLegend(QEvent::ToolTip, legend, chart.mapToGlobal(legend));
    QApplication::sendEvent(&chart, &onLegend);
    QTRY_COMPARE(QToolTip::text(), longName);
}

void TestConfidenceChart::dateLabelsFitWithoutOverlap_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("one check-in, wide") << 1200 << QDate(2026, 4, 22) << QDate(2026, 5, 20);
    QTest::newRow("one check-in, narrow") << 320 << QDate(2026, 4, 22) << QDate(2026, 5, 20);
    QTest::newRow("a year") << 900 << QDate(2025, 5, 1) << QDate(2026, 6, 1);
    QTest::newRow("ten years, narrow") << 360 << QDate(2016, 1, 1) << QDate(2026, 6, 1);
    QTest::newRow("a century") << 900 << QDate(1926, 1, 1) << QDate(2026, 6, 1);
}

void TestConfidenceChart::dateLabelsFitWithoutOverlap() {
    QFETCH(int, width);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const QRect bounds(0, 0, width, 280);
    const ConfidencePlot plot(bounds, Qt::LeftToRight, {u"Metric: Weekly dinners"_s}, first, last);
    QVERIFY(!plot.ticks().isEmpty());
    for (int i = 0; i < plot.ticks().size(); ++i) {
        const QRect label = plot.tickLabel(i);
        QVERIFY(bounds.contains(label));
        QVERIFY(plot.ticks().at(i).date >= first && plot.ticks().at(i).date <= last);
        if (i > 0) {
            QVERIFY(plot.ticks().at(i - 1).date < plot.ticks().at(i).date);
            QVERIFY2(!plot.tickLabel(i - 1).intersects(label),
                     qPrintable(plot.ticks().at(i).label));
        }
    }
}

void TestConfidenceChart::hostileNamesAndCounts_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("width");
    const QString longName =
        u"Share of households who cook at least two recipes a week "_s.repeated(6);
    for (int count : {0, 1, 2, 60}) {
        QTest::addRow("%d, plain", count) << count << u"Cooking households"_s << 900;
        QTest::addRow("%d, long, narrow", count) << count << longName << 320;
        QTest::addRow("%d, emoji", count)
            << count << u"🍲 Cooked 🥕 meals 👩‍🍳"_s << 700;
        QTest::addRow("%d, right to left", count) << count << u"وجبات مطبوخة أسبوعيًا"_s << 700;
        QTest::addRow("%d, markup", count) << count << u"<b>bold</b> &amp; <img src=x>"_s << 700;
    }
    QTest::newRow("empty name") << 2 << QString() << 700;
}

void TestConfidenceChart::hostileNamesAndCounts() {
    QFETCH(int, count);
    QFETCH(QString, name);
    QFETCH(int, width);
    QList<CheckIn> checkIns;
    for (int i = 0; i < count; ++i) // weekly, the levels going round
        checkIns.append(checkIn(QDate(2025, 1, 6).addDays(7 * i), 1 + i % 5, {5 - i % 5}));
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        ConfidenceChart chart;
        chart.setLayoutDirection(direction);
        chart.resize(width, 260);
        chart.setCheckIns(checkIns, name, inputs({name}));
        QCOMPARE(chart.names().last(), name); // plain text, as written
        QCOMPARE(chart.lines().first().points.size(), count);
        const QString description =
            QAccessible::queryAccessibleInterface(&chart)->text(QAccessible::Description);
        QVERIFY(count == 0 || description.contains(name.simplified()));
        QCOMPARE(description.count(u" on "_s), 2 * count);
        const QImage image = paint(chart);
        QCOMPARE(image.size(), chart.size()); // paints without a crash
        keep(image,
             u"confidence-chart-%1-%2.png"_s
                 .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u','))
                 .arg(direction == Qt::LeftToRight ? u"ltr"_s : u"rtl"_s));
        const ConfidencePlot plot(chart.rect(), direction, chart.names(), chart.firstDay(),
                                  chart.lastDay());
        QVERIFY(plot.area().width() >= width / 3); // a long name does not squeeze the plot
        for (int l = 0; l < 2; ++l) {
            QVERIFY(chart.rect().contains(plot.legendText(l)));
            QVERIFY(!plot.legendRow(l).intersects(plot.area().toRect()));
        }
        for (int i = 0; i < count; ++i)
            QVERIFY(plot.area().contains(chart.pointAt(0, i)));
    }
}

void TestConfidenceChart::takesItsCardFromTheTheme() {
    Theme::applyConsoleTheme(*qApp);
    QWidget page;
    auto* chart = new ConfidenceChart(&page);
    chart->setGeometry(10, 10, 700, 270);
    chart->setCheckIns(threeCheckIns(), u"Weekly dinners"_s, {});
    page.resize(720, 290);
    page.ensurePolished();
    chart->ensurePolished();
    QCOMPARE(chart->objectName(), u"confidenceChart"_s);
    const QImage image = page.grab().toImage();
    // The card: white inside, a mist border, on the page's paper.
    QVERIFY(near(image.pixel(14, 150), Qt::white));
    QVERIFY2(near(image.pixel(10, 150), Theme::color(Theme::Role::Mist)),
             qPrintable(QColor(image.pixel(10, 150)).name()));
    QVERIFY(near(image.pixel(4, 150), Theme::color(Theme::Role::Paper)));
}

QTEST_MAIN(TestConfidenceChart)
#include "TestConfidenceChart.moc"
