// The stage pages' wrapping labels (StageWidgets::label) draw and measure their text as a
// plain QLabel does, pixel for pixel and hint for hint, without laying it out again for each
// paint (#17: QLabel::paintEvent was more than half of the console's painting).
#include "stages/common/StageWidgets.h"
#include "widgets/LaidOutText.h"
#include "widgets/WrappingLabel.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QProxyStyle>
#include <QTest>

#include <functional>

namespace {

// Counts the texts the style draws for labels: QLabel draws a plain text with drawItemText,
// which lays it out again each time.
class TextCounter : public QProxyStyle {
public:
    int texts = 0;
    void drawItemText(QPainter* painter, const QRect& rect, int flags, const QPalette& palette,
                      bool enabled, const QString& text,
                      QPalette::ColorRole role = QPalette::NoRole) const override {
        ++const_cast<TextCounter*>(this)->texts;
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, role);
    }
};

const QStringList& texts() {
    static const QStringList all{
        QString(),
        QStringLiteral("Name"),
        QStringLiteral("An increase in weekly returning accounts shows the product's value is "
                       "reaching people again and again, not once"),
        QStringLiteral("Cards 🎉 from everyone 👩🏽‍💻 so far ✨"),
        QStringLiteral("محمد علي عبد الرحمن يكتب بطاقة طويلة بما يكفي لتلتف على عدة أسطر"),
        QStringLiteral("שלום עולם, זו כרטיסיה ארוכה מספיק כדי לעבור שורה\nועוד שורה"),
        QStringLiteral("Émile <b>Dupont</b> \"the quote\" & <i>tags</i> shown as text"),
        QStringLiteral("Supercalifragilisticexpialidociousandthensomemorelettersthatneverbreak"),
        QStringLiteral("Mixed العربية and English in one line of a label"),
        QStringLiteral("  spaced   out  \r\n second line  "),
        QStringLiteral("3000 cards from 60 of 60 people so far (12.5%, +4 since 10:42)"),
        QStringLiteral("Ana — 12 cards"),
    };
    return all;
}

// The two labels' pictures after `change`, the one made by StageWidgets::label and a QLabel.
struct Pair {
    QWidget host;
    QLabel* keeping = nullptr;
    QLabel* plain = nullptr;

    Pair() {
        keeping = StageWidgets::label({}, &host);
        plain = new QLabel(&host);
        plain->setTextFormat(Qt::PlainText);
        plain->setWordWrap(true);
        host.resize(1000, 800);
        host.show();
    }
    void apply(const std::function<void(QLabel*)>& change) {
        change(keeping);
        change(plain);
    }
    // Both at `size` (or the height QLabel asks for that width), grabbed.
    bool samePicture(QSize size) {
        if (size.height() < 0)
            size.setHeight(std::max(plain->heightForWidth(size.width()), 20));
        keeping->setFixedSize(size);
        plain->setFixedSize(size);
        const QImage a = keeping->grab().toImage();
        const QImage b = plain->grab().toImage();
        if (a != b && qEnvironmentVariableIsSet("LODESTAR_LABEL_PNG")) {
            QImage both(a.width() * 2 + 4, a.height(), QImage::Format_ARGB32);
            both.fill(Qt::white);
            QPainter painter(&both);
            painter.drawImage(0, 0, a);
            painter.drawImage(a.width() + 4, 0, b);
            painter.end();
            both.scaled(both.size() * 4)
                .save(qEnvironmentVariable("LODESTAR_LABEL_PNG") + QStringLiteral("/differ.png"));
        }
        return a == b;
    }
    bool sameHints() {
        return keeping->sizeHint() == plain->sizeHint() &&
               keeping->minimumSizeHint() == plain->minimumSizeHint();
    }
};

QString describe(const QString& text, QSize size, const char* what) {
    return QStringLiteral("%1 at %2x%3: %4")
        .arg(QLatin1String(what))
        .arg(size.width())
        .arg(size.height())
        .arg(text.left(30));
}

} // namespace

class TestWrappingLabel : public QObject {
    Q_OBJECT

private slots:
    void drawsAndMeasuresAsQLabel_data();
    void drawsAndMeasuresAsQLabel();
    void changesAfterTheFirstPaint();
    void otherTextsGoThroughQLabel();
    void repaintsLayNothingOutAgain();
};

void TestWrappingLabel::drawsAndMeasuresAsQLabel_data() {
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("styleSheet");
    QTest::addColumn<bool>("wrap");
    const QString sheet = QStringLiteral("QLabel { color: #3A4A5C; font-size: 9pt; }");
    QTest::newRow("default") << int(Qt::AlignLeft | Qt::AlignVCenter) << true << QString() << true;
    QTest::newRow("top right") << int(Qt::AlignRight | Qt::AlignTop) << true << QString() << true;
    QTest::newRow("bottom centre")
        << int(Qt::AlignHCenter | Qt::AlignBottom) << true << sheet << true;
    QTest::newRow("centre") << int(Qt::AlignCenter) << true << QString() << true;
    QTest::newRow("justified") << int(Qt::AlignJustify | Qt::AlignTop) << true << QString() << true;
    QTest::newRow("absolute left")
        << int(Qt::AlignLeft | Qt::AlignAbsolute) << true << sheet << true;
    QTest::newRow("disabled") << int(Qt::AlignLeft | Qt::AlignVCenter) << false << QString()
                              << true;
    QTest::newRow("no wrap") << int(Qt::AlignLeft | Qt::AlignVCenter) << true << QString() << false;
    QTest::newRow("no wrap, right") << int(Qt::AlignRight | Qt::AlignTop) << true << sheet << false;
    QTest::newRow("disabled sheet")
        << int(Qt::AlignRight | Qt::AlignBottom) << false << sheet << true;
}

// Every text at widths from 40 to 900, at the height QLabel asks for, shorter (the text cut
// at the bottom) and taller (aligned in the spare height), with its size hints and heights.
void TestWrappingLabel::drawsAndMeasuresAsQLabel() {
    QFETCH(int, alignment);
    QFETCH(bool, enabled);
    QFETCH(QString, styleSheet);
    QFETCH(bool, wrap);
    Pair p;
    p.host.setStyleSheet(styleSheet);
    p.apply([&](QLabel* l) {
        l->setAlignment(Qt::Alignment(alignment));
        l->setEnabled(enabled);
        l->setWordWrap(wrap);
    });
    for (const QString& text : texts()) {
        p.apply([&](QLabel* l) { l->setText(text); });
        QVERIFY2(p.sameHints(), qPrintable(describe(text, p.plain->sizeHint(), "hints")));
        for (int width : {40, 57, 120, 203, 333, 480, 900}) {
            QCOMPARE(p.keeping->heightForWidth(width), p.plain->heightForWidth(width));
            for (int height : {-1, 9, 31, 300}) {
                const QSize size(width, height);
                QVERIFY2(p.samePicture(size), qPrintable(describe(text, size, "picture")));
            }
        }
    }
}

// A new font, text, palette, margin, indent or frame after the label was drawn is drawn and
// measured as QLabel does.
void TestWrappingLabel::changesAfterTheFirstPaint() {
    Pair p;
    const QString text = texts().at(2);
    p.apply([&](QLabel* l) { l->setText(text); });
    QVERIFY(p.samePicture({300, -1}));
    const std::vector<std::pair<const char*, std::function<void(QLabel*)>>> changes{
        {"font",
         [](QLabel* l) {
             QFont larger = l->font();
             larger.setPointSizeF(larger.pointSizeF() * 1.7);
             l->setFont(larger);
         }},
        {"text",
         [](QLabel* l) {
             l->setText(QStringLiteral("Another text, as long as two lines "
                                       "of a narrow label or more"));
         }},
        {"palette",
         [](QLabel* l) {
             QPalette palette = l->palette();
             palette.setColor(QPalette::WindowText, QColor(200, 30, 60));
             l->setPalette(palette);
         }},
        {"style sheet",
         [](QLabel* l) {
             l->setStyleSheet(QStringLiteral("color: #2050A0; "
                                             "font-size: 15pt"));
         }},
        {"margin", [](QLabel* l) { l->setMargin(7); }},
        {"indent", [](QLabel* l) { l->setIndent(11); }},
        {"frame", [](QLabel* l) { l->setFrameStyle(QFrame::Box | QFrame::Plain); }},
        {"frame and no indent", [](QLabel* l) { l->setIndent(-1); }},
        {"contents margins", [](QLabel* l) { l->setContentsMargins(3, 8, 13, 2); }},
        {"right to left", [](QLabel* l) { l->setText(texts().at(4)); }},
        {"no wrap", [](QLabel* l) { l->setWordWrap(false); }},
        {"tab", [](QLabel* l) { l->setText(QStringLiteral("Tab\tseparated\ttext")); }},
    };
    for (const auto& [what, change] : changes) {
        p.apply(change);
        QVERIFY2(p.sameHints(), what);
        for (int width : {40, 150, 420})
            QVERIFY2(p.keeping->heightForWidth(width) == p.plain->heightForWidth(width), what);
        for (QSize size : {QSize(150, -1), QSize(420, -1), QSize(420, 20)})
            QVERIFY2(p.samePicture(size), qPrintable(describe(p.plain->text(), size, what)));
    }
}

// Rich text and selectable text are drawn by QLabel itself, and still look the same.
void TestWrappingLabel::otherTextsGoThroughQLabel() {
    Pair p;
    p.apply([](QLabel* l) {
        l->setTextFormat(Qt::RichText);
        l->setText(QStringLiteral("<h1>Ana</h1><p>and a paragraph long enough to wrap</p>"));
    });
    QVERIFY(p.sameHints());
    QVERIFY(p.samePicture({200, -1}));
    p.apply([](QLabel* l) {
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    });
    QVERIFY(p.sameHints());
    QVERIFY(p.samePicture({200, -1}));
}

// Painted again and again at one width (a page repainting while phones write), the label
// lays its text out once, and never through QStyle::drawItemText; another label with the
// same caption at that width measures nothing and draws the same layout.
void TestWrappingLabel::repaintsLayNothingOutAgain() {
    auto* counter = new TextCounter;
    QWidget host;
    host.setStyle(counter);
    QLabel* label = StageWidgets::label(texts().at(2), &host);
    label->setStyle(counter);
    host.resize(600, 400);
    label->setFixedSize(240, label->heightForWidth(240));
    host.show();
    label->grab();
    const int layouts = LaidOutText::layoutsMade();
    counter->texts = 0;
    for (int i = 0; i < 10; ++i)
        label->grab();
    // A label with the same caption in the same font measures nothing again.
    const int measures = StageWidgets::labelLayouts();
    QLabel* twin = StageWidgets::label(texts().at(2), &host);
    twin->setStyle(counter);
    twin->setFixedSize(240, twin->heightForWidth(240));
    QCOMPARE(StageWidgets::labelLayouts() - measures, 0);
    twin->grab();
    QCOMPARE(counter->texts, 0);
    QCOMPARE(LaidOutText::layoutsMade() - layouts, 0);
    // A new width lays it out once more.
    label->setFixedWidth(301);
    label->grab();
    label->grab();
    QCOMPARE(LaidOutText::layoutsMade() - layouts, 1);
    QCOMPARE(counter->texts, 0);

    // A text on one line (a column's count, new with each card) laid out for one width is
    // drawn and measured at any wider one without a new layout.
    QLabel* count = StageWidgets::label(QStringLiteral("Ana — 12 cards from 5 people"), &host);
    count->setStyle(counter);
    count->setFixedSize(300, count->heightForWidth(300));
    count->grab();
    const int before = LaidOutText::layoutsMade();
    for (int width : {420, 600, 900}) {
        count->setFixedSize(width, count->heightForWidth(width));
        count->grab();
    }
    QCOMPARE(LaidOutText::layoutsMade() - before, 0);
    QCOMPARE(counter->texts, 0);
}

QTEST_MAIN(TestWrappingLabel)
#include "TestWrappingLabel.moc"
