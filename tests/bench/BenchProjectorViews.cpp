// What one edit on the console costs each projector view, on the example workshop and on a
// 200-candidate one: the time to build the view from nothing and how many widgets it has,
// then, for an edit of a card the view shows (a one-character change, as typing makes) and
// for an unrelated change (the stage's notes), the time the view spends on the store's
// signal, the time until what the room sees is drawn again, and how many of the view's
// widgets were destroyed and made anew. Medians of a few runs.
#include "SeededLibrary.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "playbook/ExampleWorkshop.h"
#include "scoring/DecisionMatrix.h"
#include "scoring/PairDraw.h"
#include "scoring/Shortlist.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/draft/converge/ConvergeView.h"
#include "stages/draft/decide/DecideData.h"
#include "stages/draft/decide/DecideView.h"
#include "stages/draft/pairs/PairsView.h"
#include "stages/draft/score/ScoreView.h"
#include "stages/game/GameView.h"
#include "stages/goodbad/GoodBadView.h"
#include "stages/warmup/WarmUpView.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

constexpr int Edits = 20;

double median(QList<qint64> ns) {
    if (ns.isEmpty())
        return 0;
    std::sort(ns.begin(), ns.end());
    return double(ns.at(ns.size() / 2)) / 1e6;
}

QString ms(double value) {
    return QString::number(value, 'f', 2);
}

// The 200-candidate workshop of the other benchmarks, with what the draft stages show: pairs
// drawn with four candidates each built from a card, the cards revealed, the matrix scored,
// a few anti-examples and a warm-up group with its worksheet.
void complete(WorkshopStore& store, qint64 id) {
    QList<qint64> people;
    for (const Participant& p : store.participants(id))
        people << p.id;
    QList<PairGroupRecord> groups;
    for (const PairGroup& g : PairDraw::draw(people, 7))
        groups.append({0, id, int(groups.size()), g});
    store.setPairing(id, groups, 7);
    const QList<Candidate> own = store.candidates(id);
    int n = 0;
    for (const PairGroupRecord& g : store.pairGroups(id))
        for (int k = 0; k < 4; ++k) {
            Candidate c;
            c.workshopId = id;
            c.kind = CandidateKind::Pair;
            c.pairId = g.id;
            c.name = QStringLiteral("Weekly households cooking %1").arg(++n);
            c.behaviour = QStringLiteral("households cooking at home");
            c.mergedFrom = {own.at(n * 7 % own.size()).id};
            c.position = 1000 + n;
            store.addCandidate(c);
        }
    for (int k = 0; k < 8; ++k) {
        Candidate c;
        c.workshopId = id;
        c.kind = CandidateKind::AntiExample;
        c.name = QStringLiteral("Page views %1").arg(k + 1);
        c.position = 2000 + k;
        store.addCandidate(c);
    }
    Candidate sheet;
    sheet.workshopId = id;
    sheet.kind = CandidateKind::WarmUp;
    sheet.name = QStringLiteral("Meals cooked per week");
    sheet.definition = QStringLiteral("Meals cooked from a kit, per active household, per week");
    sheet.position = 3000;
    const qint64 sheetId = store.addCandidate(sheet).value_or(0);
    store.addWarmUpGroup({0, id, QStringLiteral("Group A"), Game::Attention, sheetId, 0, people});
    store.setStageRevealed(id, QString(StageKeys::Silent), true);
    const QList<Candidate> survivors = Shortlist::survivors(store.candidates(id));
    QList<MatrixCriterion> criteria = DecisionMatrix::standardCriteria();
    QList<MatrixScore> scores;
    store.replaceMatrix(id, criteria, {});
    criteria = store.matrixCriteria(id);
    for (int i = 0; i < survivors.size(); ++i)
        for (int k = 0; k < criteria.size(); ++k)
            scores.append({criteria.at(k).id, survivors.at(i).id, 1 + (i * 7 + k * 3) % 5});
    store.replaceMatrix(id, criteria, scores);
}

struct Case {
    QString name;
    QString stage;
    std::function<QWidget*(const StageContext&, QWidget*)> make;
    // The edit a facilitator makes that this view shows; `i` counts the edits.
    std::function<void(WorkshopStore&, qint64, int)> edit;
    // What the stage shows while measured (the decide view's vote), undone afterwards.
    std::function<void(WorkshopStore&, qint64, bool)> stageUp = {};
};

// A candidate the view shows, edited one character at a time as typing does.
std::function<void(WorkshopStore&, qint64, int)>
typeInto(std::function<qint64(WorkshopStore&, qint64)> which) {
    return [which](WorkshopStore& store, qint64 id, int i) {
        const qint64 candidateId = which(store, id);
        std::optional<Candidate> c = store.candidate(candidateId);
        if (!c)
            return;
        c->name = c->name.section(QLatin1Char('~'), 0, 0) + QLatin1Char('~') +
                  QString(i + 1, QLatin1Char('x'));
        store.updateCandidate(*c);
    };
}

qint64 firstPairCandidate(WorkshopStore& store, qint64 id) {
    const QList<PairGroupRecord> groups = store.pairGroups(id);
    for (const Candidate& c : store.candidates(id))
        if (c.kind == CandidateKind::Pair && !groups.isEmpty() && c.pairId == groups.first().id)
            return c.id;
    return 0;
}

qint64 scoreFocus(WorkshopStore& store, qint64 id) {
    const int focus = store.stageState(id, QString(StageKeys::Score)).focus;
    const QList<Candidate> considered = Shortlist::considered(store.candidates(id));
    for (const Candidate& c : considered)
        if (c.id == focus)
            return c.id;
    return considered.isEmpty() ? 0 : considered.first().id;
}

qint64 lastAntiExample(WorkshopStore& store, qint64 id) {
    qint64 last = 0;
    for (const Candidate& c : store.candidates(id))
        if (c.kind == CandidateKind::AntiExample)
            last = c.id;
    return last;
}

qint64 worksheet(WorkshopStore& store, qint64 id) {
    const QList<WarmUpGroup> groups = store.warmUpGroups(id);
    if (groups.isEmpty())
        return 0;
    return groups.at(store.stageState(id, QString(StageKeys::WarmUp)).focus % groups.size())
        .candidateId;
}

QList<Case> cases() {
    return {
        {QStringLiteral("PairsView"), StageKeys::Pairs,
         [](const StageContext& c, QWidget* p) { return new PairsView(c, p); },
         typeInto(firstPairCandidate)},
        {QStringLiteral("ScoreView"), StageKeys::Score,
         [](const StageContext& c, QWidget* p) { return new ScoreView(c, p); },
         typeInto(scoreFocus)},
        {QStringLiteral("DecideView"), StageKeys::Decide,
         [](const StageContext& c, QWidget* p) { return new DecideView(c, p); },
         typeInto([](WorkshopStore& store, qint64 id) {
             const QList<Candidate> s = DecideData::survivors(store, id);
             return s.isEmpty() ? 0 : s.first().id;
         })},
        {QStringLiteral("DecideVote"), StageKeys::Decide,
         [](const StageContext& c, QWidget* p) { return new DecideView(c, p); },
         [](WorkshopStore& store, qint64 id, int i) {
             // One person places and takes back a dot, as on a phone.
             const QList<Candidate> s = DecideData::survivors(store, id);
             store.setVote({store.participants(id).first().id, s.first().id, (i + 1) % 2});
         },
         [](WorkshopStore& store, qint64 id, bool up) {
             store.setStageFocus(id, QString(StageKeys::Decide),
                                 up ? int(DecideData::Focus::Vote) : 0);
         }},
        {QStringLiteral("DecideResult"), StageKeys::Decide,
         [](const StageContext& c, QWidget* p) { return new DecideView(c, p); },
         [](WorkshopStore& store, qint64 id, int i) {
             const QList<Candidate> s = DecideData::survivors(store, id);
             store.setVote({store.participants(id).first().id, s.first().id, (i + 1) % 2});
         },
         [](WorkshopStore& store, qint64 id, bool up) {
             store.setStageFocus(id, QString(StageKeys::Decide),
                                 up ? int(DecideData::Focus::Vote) : 0);
             store.setStageRevealed(id, QString(StageKeys::Decide), up);
         }},
        {QStringLiteral("ConvergeView"), StageKeys::Converge,
         [](const StageContext& c, QWidget* p) { return new ConvergeView(c, p); },
         typeInto([](WorkshopStore& store, qint64 id) {
             const auto w = store.workshop(id);
             return w ? w->northStarId : qint64(0);
         })},
        {QStringLiteral("GameView"), StageKeys::Game,
         [](const StageContext& c, QWidget* p) { return new GameView(c, p); },
         [](WorkshopStore& store, qint64 id, int i) {
             store.setGameHands(id, Game::Attention, 1 + i);
         }},
        {QStringLiteral("GoodBadView"), StageKeys::GoodBad,
         [](const StageContext& c, QWidget* p) { return new GoodBadView(c, p); },
         typeInto(lastAntiExample)},
        {QStringLiteral("WarmUpView"), StageKeys::WarmUp,
         [](const StageContext& c, QWidget* p) {
             return new WarmUpView(QString(StageKeys::WarmUp), c, p);
         },
         typeInto(worksheet)},
    };
}

struct Cost {
    QList<qint64> handler, painted;
    int destroyed = 0, made = 0, runs = 0;
    QString line() const {
        return QStringLiteral("%1 ms in the view, %2 ms to drawn, %3 widgets destroyed and %4 "
                              "made per change")
            .arg(ms(median(handler)), ms(median(painted)),
                 QString::number(double(destroyed) / std::max(1, runs), 'f', 0),
                 QString::number(double(made) / std::max(1, runs), 'f', 0));
    }
};

// The projector's size: 1920×1080, or BENCH_SCREEN (for example 1280x720, a small projector
// where the views show less).
QSize screen() {
    const QStringList size = qEnvironmentVariable("BENCH_SCREEN").split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
        return {size.at(0).toInt(), size.at(1).toInt()};
    return {1920, 1080};
}

void measure(QTextStream& out, WorkshopStore& store, qint64 id, const Case& c) {
    if (c.stageUp)
        c.stageUp(store, id, true);
    ManualClock clock;
    WorkshopSession session(store, clock, id);
    const StageContext context = StageContext::of(session);
    QWidget host;
    host.resize(screen());
    auto* layout = new QVBoxLayout(&host);
    host.show();
    QCoreApplication::processEvents();

    QList<qint64> builds;
    int widgets = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QWidget* view = c.make(context, &host);
        layout->addWidget(view);
        QCoreApplication::processEvents();
        builds << timer.nsecsElapsed();
        widgets = int(view->findChildren<QWidget*>().size());
        delete view;
    }
    out << "  " << c.name.leftJustified(12) << "build " << ms(median(builds)) << " ms, " << widgets
        << " widgets\n";

    // The view's share of the signal: timed between a slot connected before it and one after.
    QElapsedTimer inView;
    QMetaObject::Connection before = QObject::connect(
        &store, &WorkshopStore::changed, &host, [&](const WorkshopChanges&) { inView.start(); });
    QWidget* view = c.make(context, &host);
    layout->addWidget(view);
    qint64 spent = 0;
    QMetaObject::Connection after =
        QObject::connect(&store, &WorkshopStore::changed, &host,
                         [&](const WorkshopChanges&) { spent = inView.nsecsElapsed(); });
    QCoreApplication::processEvents();
    host.grab();

    const auto run = [&](const std::function<void(int)>& change) {
        Cost cost;
        for (int i = 0; i < Edits; ++i) {
            QList<QPointer<QWidget>> old;
            for (QWidget* w : view->findChildren<QWidget*>())
                old << w;
            spent = 0;
            change(i);
            QElapsedTimer painted;
            painted.start();
            QCoreApplication::processEvents();
            host.grab();
            cost.handler << spent;
            cost.painted << spent + painted.nsecsElapsed();
            int alive = 0;
            for (const QPointer<QWidget>& w : old)
                alive += w ? 1 : 0;
            if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
                for (QWidget* w : view->findChildren<QWidget*>())
                    if (!old.contains(w))
                        qInfo() << "made" << w->metaObject()->className() << w->objectName();
            cost.destroyed += int(old.size()) - alive;
            cost.made += int(view->findChildren<QWidget*>().size()) - alive;
            ++cost.runs;
        }
        return cost;
    };
    out << "    its edit:      " << run([&](int i) { c.edit(store, id, i); }).line() << '\n';
    out << "    stage notes:   "
        << run([&](int i) { store.setStageNotes(id, c.stage, QString::number(i)); }).line() << '\n';
    QObject::disconnect(before);
    QObject::disconnect(after);

    // What the edits left on the wall must look as a view built afresh for the same state.
    const QImage edited = host.grab().toImage();
    delete view;
    view = c.make(context, &host);
    layout->addWidget(view);
    QCoreApplication::processEvents();
    const QImage fresh = host.grab().toImage();
    out << "    after the edits the view " << (edited == fresh ? "looks" : "DOES NOT look")
        << " as one built afresh\n";
    if (const QString folder = qEnvironmentVariable("BENCH_GRAB_DIR"); !folder.isEmpty()) {
        const QString name =
            QStringLiteral("%1/%2-%3").arg(folder, c.name).arg(store.candidates(id).size());
        edited.save(name + QStringLiteral("-edited.png"));
        fresh.save(name + QStringLiteral("-fresh.png"));
    }
    out.flush();
    delete view;
    if (c.stageUp)
        c.stageUp(store, id, false);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    {
        TestLibrary library;
        const qint64 id = ExampleWorkshop::create(library.store()).value_or(0);
        out << "projector views, the example workshop, " << screen().width() << "×"
            << screen().height() << "\n";
        for (const Case& c : cases())
            if (only.isEmpty() || c.name == only)
                measure(out, library.store(), id, c);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const QString problem = SeededLibrary::seed(path, 1, 200); !problem.isEmpty()) {
        out << problem << Qt::endl;
        return 1;
    }
    Database database(path);
    if (!database.open())
        return 1;
    WorkshopStore store(database);
    const qint64 id = store.workshopSummaries().first().id;
    complete(store, id);
    out << "projector views, 200 candidates, " << screen().width() << "×" << screen().height()
        << "\n";
    for (const Case& c : cases())
        if (only.isEmpty() || c.name == only)
            measure(out, store, id, c);
    return 0;
}
