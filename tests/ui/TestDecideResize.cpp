// Issue 16: the projector's decide view pages what it shows for its real size once laid out,
// without reading the store again, and the closed vote's chart takes its new page in place.
// Whatever the sizes it went through, and after an edit, the view must look exactly as one
// built afresh at its size: the matrix, the open ballot and the closed vote's chart, each
// with 200 candidates, resized between a small and a large projector.
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/draft/decide/DecideData.h"
#include "stages/draft/decide/DecideView.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {
const QString Decide = QStringLiteral("draft.decide");
const QString Silent = QStringLiteral("draft.silent");

// A projector-sized host holding one decide view.
class Host {
public:
    Host(const StageContext& context, const QSize& size)
        : m_context(context) {
        m_host.resize(size);
        m_layout = new QVBoxLayout(&m_host);
        // A projector window has the screen's size whatever its page needs (the page is
        // planned to fit), so the host shrinks too.
        m_layout->setSizeConstraint(QLayout::SetNoConstraint);
        m_host.show();
        build();
    }
    void build() {
        delete m_view;
        m_view = new DecideView(m_context, &m_host);
        m_layout->addWidget(m_view);
        QCoreApplication::processEvents();
    }
    void resize(const QSize& size) {
        m_host.resize(size);
        QCoreApplication::processEvents();
    }
    QImage image() {
        QCoreApplication::processEvents();
        return m_host.grab().toImage();
    }
    QWidget* view() const { return m_view; }

private:
    const StageContext& m_context;
    QWidget m_host;
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_view = nullptr;
};

} // namespace

class TestDecideResize : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resizedLooksAsBuiltAtItsSize_data();
    void resizedLooksAsBuiltAtItsSize();

private:
    std::unique_ptr<TestLibrary> m_library;
    qint64 m_id = 0;
};

void TestDecideResize::init() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    WorkshopStore& store = m_library->store();
    m_id = m_library->addWorkshop(QStringLiteral("Two hundred candidates"), 6);
    QVERIFY(m_id);
    QVERIFY(store.batch([&] {
        for (int i = 0; i < 200; ++i)
            if (!store.addCandidate(makeCandidate(
                    m_id, QStringLiteral("Weekly households cooking at home %1").arg(i),
                    CandidateKind::Room)))
                return false;
        return true;
    }));
    QVERIFY(store.setStageRevealed(m_id, Silent, true));
    const QList<Candidate> survivors = DecideData::survivors(store, m_id);
    QVERIFY(survivors.size() >= 200);
    // Some dots, so the closed vote's tally has bars on several pages and ties.
    const QList<Participant> people = store.participants(m_id);
    for (int p = 0; p < people.size(); ++p)
        for (int k = 0; k < 3; ++k)
            QVERIFY(store.setVote(
                {people.at(p).id, survivors.at((p * 7 + k * 13) % survivors.size()).id, 1}));
}

void TestDecideResize::cleanup() {
    m_library.reset();
}

void TestDecideResize::resizedLooksAsBuiltAtItsSize_data() {
    QTest::addColumn<QString>("shows");
    QTest::newRow("matrix") << "matrix";
    QTest::newRow("open vote") << "open";
    QTest::newRow("closed vote") << "closed";
}

void TestDecideResize::resizedLooksAsBuiltAtItsSize() {
    QFETCH(QString, shows);
    WorkshopStore& store = m_library->store();
    if (shows != u"matrix")
        QVERIFY(store.setStageFocus(m_id, Decide, int(DecideData::Focus::Vote)));
    if (shows == u"closed")
        QVERIFY(store.setStageRevealed(m_id, Decide, true));
    ManualClock clock;
    WorkshopSession session(store, clock, m_id);
    const StageContext context = StageContext::of(session);

    const QSize small(1280, 720);
    const QSize large(1920, 1080);
    Host resized(context, small);
    for (const QSize& size : {large, small, large}) {
        resized.resize(size);
        Host fresh(context, size);
        const QString at =
            QStringLiteral("%1 at %2×%3").arg(shows).arg(size.width()).arg(size.height());
        QVERIFY2(resized.image() == fresh.image(), qPrintable(at));
    }
    // A change after the resizes (a name the matrix, the ballot and the chart show) is shown as
    // a view built afresh shows it.
    const QList<Candidate> survivors = DecideData::survivors(store, m_id);
    Candidate renamed = survivors.first();
    renamed.name = QStringLiteral("Meals cooked per week");
    QVERIFY(store.updateCandidate(renamed));
    Host fresh(context, large);
    QVERIFY2(resized.image() == fresh.image(), qPrintable(shows + QStringLiteral(" edited")));
}

QTEST_MAIN(TestDecideResize)
#include "TestDecideResize.moc"
