// What a projector view reads when the store says something changed: nothing for a change it
// does not show (the score view and a dot placed in the vote), and only the rows a change
// names for one it does (a keystroke in one pair's candidate reads that candidate, not every
// candidate, pair and person of the workshop). The statements are SQLite's own, traced.
#include "SqlTrace.h"
#include "TestLibrary.h"
#include "agenda/AgendaPlan.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "scoring/PairDraw.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/draft/pairs/PairsView.h"
#include "stages/draft/score/ScorePage.h"
#include "stages/draft/score/ScoreView.h"
#include "stages/draft/silent/SilentView.h"
#include "storage/Database.h"
#include "widgets/ElidedLabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

#include <functional>
#include <memory>
#include <optional>

namespace {

bool showsText(const QWidget* view, const QString& text) {
    for (const QLabel* label : view->findChildren<QLabel*>())
        if (label->text().contains(text))
            return true;
    return false;
}

} // namespace

class TestProjectorReads : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void scoreViewReadsNothingForAVote();
    void pairsViewReadsOnlyTheTypedCandidate();
    void silentViewReadsNoRosterForACard();
    void scoreReadsTheRoomsAnswersOnceAPass();

private:
    // Builds the view with `make`; the statements it runs on each change are then in
    // m_viewReads (those of the write itself are left out).
    QWidget* show(const std::function<QWidget*(const StageContext&, QWidget*)>& make);
    WorkshopStore& store() { return m_library->store(); }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<WorkshopSession> m_session;
    std::unique_ptr<StageContext> m_context;
    std::unique_ptr<SqlTrace> m_trace;
    std::unique_ptr<QWidget> m_host;
    qint64 m_id = 0;
    QList<qint64> m_pairCards;
    QStringList m_viewReads;
    int m_changes = 0;
};

void TestProjectorReads::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Reads"), 4);
    QList<qint64> people;
    for (const Participant& p : store().participants(m_id))
        people << p.id;
    QList<qint64> own;
    for (qint64 person : people) {
        Candidate c = makeCandidate(m_id, QStringLiteral("Card of %1").arg(person));
        c.authorId = person;
        own << *store().addCandidate(c);
    }
    QList<PairGroupRecord> groups;
    for (const PairGroup& g : PairDraw::draw(people, 7))
        groups.append({0, m_id, int(groups.size()), g});
    QVERIFY(store().setPairing(m_id, groups, 7));
    m_pairCards.clear();
    int n = 0;
    for (const PairGroupRecord& g : store().pairGroups(m_id)) {
        Candidate c = makeCandidate(m_id, QStringLiteral("Pair candidate %1").arg(++n));
        c.kind = CandidateKind::Pair;
        c.pairId = g.id;
        c.mergedFrom = {own.at(n % own.size())};
        c.position = 100 + n;
        m_pairCards << *store().addCandidate(c);
    }
    QVERIFY(store().setStageRevealed(m_id, QString(StageKeys::Silent), true));
    m_session = std::make_unique<WorkshopSession>(store(), m_clock, m_id);
    m_context = std::make_unique<StageContext>(StageContext::of(*m_session));
    m_trace = std::make_unique<SqlTrace>(m_library->database().connection());
    QVERIFY2(m_trace->isActive(), "SQLite's trace hook was not found");
    m_host = std::make_unique<QWidget>();
    m_host->resize(1920, 1080);
    new QVBoxLayout(m_host.get());
    m_viewReads.clear();
    m_changes = 0;
}

void TestProjectorReads::cleanup() {
    m_host.reset();
    m_trace.reset();
    m_context.reset();
    m_session.reset();
    m_library.reset();
}

QWidget*
TestProjectorReads::show(const std::function<QWidget*(const StageContext&, QWidget*)>& make) {
    // One slot before the view's and one after: what runs between them is the view's.
    connect(&store(), &WorkshopStore::changed, m_host.get(),
            [this](const WorkshopChanges&) { m_trace->take(); });
    QWidget* view = make(*m_context, m_host.get());
    m_host->layout()->addWidget(view);
    connect(&store(), &WorkshopStore::changed, m_host.get(), [this](const WorkshopChanges&) {
        m_viewReads = m_trace->take();
        ++m_changes;
    });
    m_host->show();
    QCoreApplication::processEvents();
    return view;
}

void TestProjectorReads::scoreViewReadsNothingForAVote() {
    QWidget* view = show([](const StageContext& c, QWidget* p) { return new ScoreView(c, p); });
    QVERIFY(showsText(view, QStringLiteral("Card of")) ||
            showsText(view, QStringLiteral("Pair candidate")));
    // A dot placed and taken back, as a phone does in the vote: the score view shows no
    // vote, so it reads nothing.
    const qint64 person = store().participants(m_id).first().id;
    QVERIFY(store().setVote({person, m_pairCards.first(), 1}));
    QCOMPARE(m_changes, 1);
    QVERIFY2(m_viewReads.isEmpty(), qPrintable(m_viewReads.join(u'\n')));
    QVERIFY(store().setVoteDone(m_id, person, true));
    QCOMPARE(m_changes, 2);
    QVERIFY2(m_viewReads.isEmpty(), qPrintable(m_viewReads.join(u'\n')));
    // What it shows, it still follows.
    std::optional<Candidate> onWall;
    for (const Candidate& c : store().candidates(m_id))
        if (!onWall && showsText(view, c.name))
            onWall = c;
    QVERIFY(onWall);
    Candidate shown = *onWall;
    shown.name = QStringLiteral("Weekly cooks at home");
    QVERIFY(store().updateCandidate(shown));
    QVERIFY(!m_viewReads.isEmpty());
    QVERIFY(showsText(view, shown.name));
}

void TestProjectorReads::pairsViewReadsOnlyTheTypedCandidate() {
    QWidget* view = show([](const StageContext& c, QWidget* p) { return new PairsView(c, p); });
    QVERIFY(showsText(view, QStringLiteral("Pair candidate 1")));
    Candidate typed = *store().candidate(m_pairCards.first());
    for (const QString& keystroke : {QStringLiteral("!"), QStringLiteral("!!")}) {
        typed.name = QStringLiteral("Pair candidate 1") + keystroke;
        QVERIFY(store().updateCandidate(typed));
        QVERIFY(showsText(view, typed.name));
        // The typed candidate, and nothing of the workshop's other rows.
        const QString reads = m_viewReads.join(u'\n');
        QVERIFY2(!reads.contains(QLatin1String("WHERE workshop_id")), qPrintable(reads));
        QVERIFY2(!reads.contains(QLatin1String("pair_group")), qPrintable(reads));
        QVERIFY2(!reads.contains(QLatin1String("participant")), qPrintable(reads));
        QVERIFY2(m_viewReads.size() <= 3, qPrintable(reads));
    }
    // A change that names no row (an import, a new draw) is still read whole, and shown.
    QList<PairGroupRecord> groups = store().pairGroups(m_id);
    std::reverse(groups.begin(), groups.end());
    for (int i = 0; i < groups.size(); ++i)
        groups[i].position = i;
    QVERIFY(store().setPairing(m_id, groups, 8));
    QVERIFY(showsText(view, typed.name));
    // A candidate removed goes from the wall.
    QVERIFY(store().removeCandidate(m_pairCards.first()));
    QVERIFY(!showsText(view, typed.name));
}

// Before the reveal, a card a phone writes moves one count: the silent view reads that card,
// not the workshop's people (sixty phones would read sixty names for each card). A new
// person on the roster is still read, and gets a row.
void TestProjectorReads::silentViewReadsNoRosterForACard() {
    QVERIFY(store().setStageRevealed(m_id, QString(StageKeys::Silent), false));
    QWidget* view = show([](const StageContext& c, QWidget* p) { return new SilentView(c, p); });
    const qint64 person = store().participants(m_id).first().id;
    Candidate card = makeCandidate(m_id, QStringLiteral("Written on a phone"));
    card.authorId = person;
    QVERIFY(store().addCandidate(card));
    QCOMPARE(m_changes, 1);
    const QString reads = m_viewReads.join(u'\n');
    QVERIFY2(!reads.contains(QLatin1String("participant")), qPrintable(reads));
    QVERIFY(!showsText(view, QStringLiteral("Written on a phone"))); // never before the reveal
    Participant newcomer;
    newcomer.workshopId = m_id;
    newcomer.name = QStringLiteral("Zoë <b>new</b>");
    newcomer.position = 99;
    QVERIFY(store().addParticipant(newcomer));
    QVERIFY(m_viewReads.join(u'\n').contains(QLatin1String("participant")));
    bool named = false; // a row of its own (its name shortened to the column, if need be)
    for (const ElidedLabel* label : view->findChildren<ElidedLabel*>())
        named = named || label->fullText() == QStringLiteral("Zoë <b>new</b>");
    QVERIFY(named);
}

// The room's answers, person by person (sixty phones answer in every pass of the event loop):
// while the room commits, the score page and its projector read nothing (the phones'
// acknowledgements wait for no view); in the next pass each reads the answers once for all
// of the pass's commits, and neither reads the candidates or the roster again for them.
void TestProjectorReads::scoreReadsTheRoomsAnswersOnceAPass() {
    Workshop w = *store().workshop(m_id);
    w.checklistPerPerson = true;
    QVERIFY(store().updateWorkshop(w));
    PlannedStage stage;
    stage.key = QString(StageKeys::Score);
    stage.title = QStringLiteral("Share and score");
    QWidget* both = show([&](const StageContext&, QWidget* p) {
        auto* host = new QWidget(p);
        auto* layout = new QHBoxLayout(host);
        layout->addWidget(new ScorePage(stage, *m_context, host));
        layout->addWidget(new ScoreView(*m_context, host));
        return host;
    });
    auto* page = both->findChild<ScorePage*>();
    QVERIFY(page);
    const qint64 card = page->currentCandidateId();
    QVERIFY(card);
    const QList<Participant> people = store().participants(m_id);
    for (const Participant& p : people) { // one commit each, as two rooms' batches and more
        QVERIFY(store().batch(
            [&] {
                return store().setChecklistScore(
                    {card, QStringLiteral("value"), p.id, ChecklistAnswer::Yes});
            },
            ChangeSource::Room));
        QVERIFY2(m_viewReads.isEmpty(), qPrintable(m_viewReads.join(u'\n')));
    }
    QCOMPARE(m_changes, people.size());
    m_trace->take();                   // the writes
    QCoreApplication::processEvents(); // the next pass
    const QStringList reads = m_trace->take();
    const auto count = [&reads](const QString& table) {
        int n = 0;
        for (const QString& statement : reads)
            n += statement.contains(QStringLiteral("FROM ") + table + u' ') ? 1 : 0;
        return n;
    };
    const QString all = reads.join(u'\n');
    // The page and its projector ask for the answers; the store reads them once while the
    // library is unchanged (WorkshopStore::checklistScores).
    QVERIFY2(count(QStringLiteral("checklist_score")) == 1, qPrintable(all));
    QVERIFY2(count(QStringLiteral("workshop")) == 2, qPrintable(all));
    QVERIFY2(count(QStringLiteral("candidate")) == 0, qPrintable(all));
    QVERIFY2(count(QStringLiteral("participant")) == 0, qPrintable(all));
    QVERIFY(showsText(both, QStringLiteral("%1 yes · 0 partly · 0 no").arg(people.size())));
}

QTEST_MAIN(TestProjectorReads)
#include "TestProjectorReads.moc"
