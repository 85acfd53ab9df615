// The projector's invitation to the room: the QR code is painted crisp, black on white with
// its quiet zone whatever the projector's look; the join card fits the projectors a room
// really gets (1280×720 up to 1920×1080) with a long address and a code of wide letters,
// nothing cut and nothing under the projector's 28 pt; J shows and hides it over any stage
// while there is a room to join, in step with the session's projector state.
// Set LODESTAR_LAYOUT_PNG to a folder to also write the pictures, to look at them.
#include "AudienceWindow.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "room/JoinCard.h"
#include "room/QrCodeView.h"
#include "session/WorkshopSession.h"

#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

namespace {

const JoinInvitation Example{
    QUrl(QStringLiteral("http://192.168.1.23:47123/#r=Qk3x9TzA0b_LmN7pRsUv2w")),
    QStringLiteral("192.168.1.23:47123"), QStringLiteral("K7M2QX")};
// The widest an invitation gets: the longest IPv4 address and the widest letters of the code.
const JoinInvitation Widest{
    QUrl(QStringLiteral("http://192.168.100.200:47123/#r=Qk3x9TzA0b_LmN7pRsUv2w")),
    QStringLiteral("192.168.100.200:47123"), QStringLiteral("WMWMWM")};

void savePicture(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("LODESTAR_LAYOUT_PNG");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

} // namespace

class TestJoinCard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void qrCodeIsCrispBlackOnWhite();
    void joinCardFitsTheProjector_data();
    void joinCardFitsTheProjector();
    void jShowsAndHidesTheCardOverAnyStage();
    void jDoesNothingWithoutARoom();

private:
    AudienceWindow* projector() const { return m_window->audienceWindow(); }
    WorkshopSession* session() const { return m_window->session(); }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestJoinCard::init() {
    m_library = std::make_unique<TestLibrary>();
    const qint64 id = m_library->addWorkshop(QStringLiteral("Join test"), 4);
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->openWorkshop(id);
    QVERIFY(m_window->session());
    m_window->present();
    QVERIFY(projector());
}

void TestJoinCard::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestJoinCard::qrCodeIsCrispBlackOnWhite() {
    // On the projector's night background, as the room sees it.
    projector()->setInvitation(Example);
    projector()->setJoinShown(true);
    projector()->resize(1280, 720);
    QCoreApplication::processEvents();
    QrCodeView* view = projector()->joinCard()->qrCode();
    QVERIFY(view->isVisible());
    const QrMatrix& m = view->matrix();
    QCOMPARE(m.size, 33);
    const int module = view->modulePixels();
    // On a picture 2.5 m wide, 10 of 1280 pixels make a module 2 cm wide and the code about
    // 65 cm: phones read a code from about ten times its width, the back of a 6 m room.
    QVERIFY2(module >= 10, qPrintable(QString::number(module)));
    const QImage image = view->grab().toImage();
    const int side = (m.size + 2 * QrCodeView::QuietZone) * module;
    const QPoint corner((view->width() - side) / 2, (view->height() - side) / 2);
    // Every pixel of the square is pure black or pure white: no blurred edges.
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const QRgb pixel = image.pixel(corner + QPoint(x, y)) & 0xFFFFFF;
            if (pixel != 0 && pixel != 0xFFFFFF)
                QFAIL(qPrintable(
                    QStringLiteral("pixel %1,%2 is #%3").arg(x).arg(y).arg(pixel, 6, 16)));
        }
    // The quiet zone is white; each module is one flat square where the matrix says.
    for (int i = 0; i < side; ++i) {
        QCOMPARE(image.pixel(corner + QPoint(i, 0)), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(corner + QPoint(QrCodeView::QuietZone * module - 1, i)),
                 qRgb(255, 255, 255));
    }
    for (int row = 0; row < m.size; ++row)
        for (int column = 0; column < m.size; ++column) {
            const QPoint centre =
                corner + QPoint((QrCodeView::QuietZone + column) * module + module / 2,
                                (QrCodeView::QuietZone + row) * module + module / 2);
            QCOMPARE(image.pixel(centre) == qRgb(0, 0, 0), m.isDark(row, column));
        }
    savePicture(projector(), QStringLiteral("join-qr-1280x720.png"));
}

void TestJoinCard::joinCardFitsTheProjector_data() {
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("widest");
    for (const QSize screen : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)})
        for (const bool widest : {false, true})
            QTest::addRow("%dx%d%s", screen.width(), screen.height(), widest ? "-widest" : "")
                << screen << widest;
}

void TestJoinCard::joinCardFitsTheProjector() {
    QFETCH(QSize, screen);
    QFETCH(bool, widest);
    const JoinInvitation& invitation = widest ? Widest : Example;
    projector()->setInvitation(invitation);
    projector()->setJoinShown(true);
    projector()->resize(screen);
    QCoreApplication::processEvents();
    JoinCard* card = projector()->joinCard();
    QVERIFY(card->isVisible());
    QCOMPARE(card->size(), screen);

    QStringList problems = LayoutCheck::problems(projector());
    problems << LayoutCheck::textSmallerThan(projector(), 28);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // What a phone needs is there, whole: the address, the code in two groups, the link.
    const auto label = [card](const char* name) {
        return card->findChild<QLabel*>(QLatin1String(name));
    };
    QCOMPARE(label("projectorJoinAddress")->text(), invitation.address);
    QCOMPARE(label("projectorJoinCode")->text(),
             invitation.code.left(3) + u' ' + invitation.code.mid(3));
    QCOMPARE(card->qrCode()->matrix().size, QrCode::encode(invitation.link.toEncoded()).size);
    // Large enough for the back row: the code's letters at least 60 pt, the address 36 pt, and
    // the QR code's modules at least 10 device pixels (see above), the whole code on the screen.
    QVERIFY(label("projectorJoinCode")->font().pointSizeF() >= 60);
    QVERIFY(label("projectorJoinAddress")->font().pointSizeF() >= 36);
    QVERIFY2(card->qrCode()->modulePixels() >= 10,
             qPrintable(QString::number(card->qrCode()->modulePixels())));
    const QRect qr(card->qrCode()->mapTo(projector(), QPoint()), card->qrCode()->size());
    QVERIFY(projector()->rect().contains(qr));
    savePicture(projector(), QStringLiteral("join-%1x%2%3.png")
                                 .arg(screen.width())
                                 .arg(screen.height())
                                 .arg(widest ? u"-widest" : u""));
}

void TestJoinCard::jShowsAndHidesTheCardOverAnyStage() {
    projector()->setInvitation(Example);
    AgendaRunner* runner = m_window->workshopPage()->runner();
    for (const QString& stage : {QStringLiteral("opening"), QStringLiteral("draft.silent")}) {
        runner->goTo(stage);
        QTest::keyClick(projector(), Qt::Key_J);
        QVERIFY(projector()->isJoinShown());
        QVERIFY(projector()->joinCard()->isVisible());
        QVERIFY(session()->projector().join);
        QTest::keyClick(projector(), Qt::Key_J);
        QVERIFY(!projector()->isJoinShown());
        QVERIFY(!projector()->joinCard()->isVisible());
        QVERIFY(!session()->projector().join);
    }
    // One overlay at a time: J takes the place of the examples, B blanks it away.
    QTest::keyClick(projector(), Qt::Key_E);
    QTest::keyClick(projector(), Qt::Key_J);
    QVERIFY(projector()->isJoinShown());
    QVERIFY(!projector()->isExamplesShown());
    QTest::keyClick(projector(), Qt::Key_B);
    QVERIFY(projector()->isBlank());
    QVERIFY(!projector()->isJoinShown());
    QCOMPARE(session()->projector(), (WorkshopSession::Projector{true, false, false, false}));
    QTest::keyClick(projector(), Qt::Key_J);
    QVERIFY(projector()->isJoinShown());
    QVERIFY(!projector()->isBlank());
    // The room closes: the card goes, the stage shows again.
    projector()->setInvitation({});
    QVERIFY(!projector()->isJoinShown());
    QVERIFY(!session()->projector().join);
}

void TestJoinCard::jDoesNothingWithoutARoom() {
    QTest::keyClick(projector(), Qt::Key_J);
    QVERIFY(!projector()->isJoinShown());
    QVERIFY(!projector()->joinCard()->isVisible());
    QVERIFY(!session()->projector().join);
}

QTEST_MAIN(TestJoinCard)
#include "TestJoinCard.moc"
