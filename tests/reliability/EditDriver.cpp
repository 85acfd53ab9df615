// lodestar_edit_driver: a child process for the reliability tests.
//   edit LIBRARY SEED FIRST  performs the seeded edit stream from edit FIRST on, forever,
//                            printing the EditStream protocol; the test SIGKILLs it.
//   restore LIBRARY FIRST A B restores backup A, then B, then A ... from restore FIRST on,
//                            forever, printing "try N A" and "ack N A" around each.
//   hold LIBRARY             opens the library, prints "ready", and keeps it open (and so
//                            its lock) until its standard input closes.
#include "EditStream.h"

#include "storage/BackupPolicy.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

namespace {

void say(const QStringList& words) {
    std::fputs(qPrintable(words.join(u' ') + u'\n'), stdout);
    std::fflush(stdout); // one write per line: a kill never leaves half a line behind
}

// The driver's picture of the workshop it is editing, rebuilt from the library on start.
class EditRun {
public:
    EditRun(WorkshopStore& store, quint64 seed)
        : m_store(store)
        , m_seed(seed) {
        const QList<WorkshopSummary> all = m_store.workshopSummaries();
        for (const WorkshopSummary& s : all)
            m_workshop = qMax(m_workshop, s.id);
        reload();
    }

    // Performs edit `n`; false if the store refused it.
    bool perform(qint64 n) {
        QRandomGenerator rng(quint32(m_seed * 1000003u + quint64(n)));
        if (m_workshop == 0 || rng.bounded(40) == 0)
            return newWorkshop(n);
        switch (rng.bounded(10)) {
        case 0:
            return rename(n);
        case 1:
            return participant(n);
        case 2:
        case 3:
            return candidate(n, rng);
        case 4:
            return input(n, rng);
        case 5:
            return removeInput(n, rng);
        case 6:
            return vote(n, rng);
        case 7:
            return score(n, rng);
        case 8:
            return followUp(n);
        default:
            return notes(n, rng);
        }
    }

private:
    using Args = QStringList;
    static QString num(qint64 v) { return QString::number(v); }
    static std::optional<qint64> done(bool ok) {
        return ok ? std::optional<qint64>(0) : std::nullopt;
    }

    void reload() {
        m_candidates.clear();
        m_inputs.clear();
        m_participants.clear();
        if (m_workshop == 0)
            return;
        for (const Candidate& c : m_store.candidates(m_workshop)) {
            m_candidates.append(c.id);
            for (const Input& i : m_store.inputs(c.id))
                m_inputs.append(i.id);
        }
        for (const Participant& p : m_store.participants(m_workshop))
            m_participants.append(p.id);
    }

    static void announce(const char* phase, qint64 n, const char* kind, const Args& args) {
        say(Args{QLatin1String(phase), num(n), QLatin1String(kind)} + args);
    }
    // Prints "try", runs the edit, prints "ack" with the new id (if any) when it succeeded.
    template <typename Edit>
    bool run(qint64 n, const char* kind, const Args& args, Edit edit, bool insert) {
        announce("try", n, kind, args);
        const std::optional<qint64> id = edit();
        if (!id)
            return false;
        announce("ack", n, kind, insert ? args + Args{num(*id)} : args);
        return true;
    }

    bool newWorkshop(qint64 n) {
        Workshop w;
        w.title = EditStream::token(n);
        w.product = w.title;
        return run(
            n, "workshop", {},
            [&]() -> std::optional<qint64> {
                const auto id = m_store.createWorkshop(w);
                if (id) {
                    m_workshop = *id;
                    reload();
                }
                return id;
            },
            true);
    }
    bool rename(qint64 n) {
        return run(
            n, "rename", {num(m_workshop)},
            [&]() -> std::optional<qint64> {
                return done(m_store.renameWorkshop(m_workshop, EditStream::token(n)));
            },
            false);
    }
    bool participant(qint64 n) {
        return run(
            n, "participant", {num(m_workshop)},
            [&] {
                const auto id =
                    m_store.addParticipant({0, m_workshop, EditStream::token(n), {}, 0});
                if (id)
                    m_participants.append(*id);
                return id;
            },
            true);
    }
    bool candidate(qint64 n, QRandomGenerator& rng) {
        const int length = int(rng.bounded(2000));
        Candidate c;
        c.workshopId = m_workshop;
        c.name = EditStream::token(n);
        c.definition = EditStream::longText(n, length);
        c.behaviour = QStringLiteral("customers plan their week");
        return run(
            n, "candidate", {num(m_workshop), num(length)},
            [&] {
                const auto id = m_store.addCandidate(c);
                if (id)
                    m_candidates.append(*id);
                return id;
            },
            true);
    }
    bool input(qint64 n, QRandomGenerator& rng) {
        if (m_candidates.isEmpty())
            return candidate(n, rng);
        const qint64 cid = m_candidates.at(rng.bounded(int(m_candidates.size())));
        Input i{0, cid, EditStream::token(n), QStringLiteral("per week"), InputPattern::Depth};
        return run(
            n, "input", {num(cid)},
            [&] {
                const auto id = m_store.addInput(i);
                if (id)
                    m_inputs.append(*id);
                return id;
            },
            true);
    }
    bool removeInput(qint64 n, QRandomGenerator& rng) {
        if (m_inputs.isEmpty())
            return input(n, rng);
        const qint64 iid = m_inputs.takeAt(rng.bounded(int(m_inputs.size())));
        return run(
            n, "removeinput", {num(iid)}, [&] { return done(m_store.removeInput(iid)); }, false);
    }
    bool vote(qint64 n, QRandomGenerator& rng) {
        if (m_candidates.isEmpty() || m_participants.isEmpty())
            return participant(n);
        const qint64 pid = m_participants.at(rng.bounded(int(m_participants.size())));
        const qint64 cid = m_candidates.at(rng.bounded(int(m_candidates.size())));
        const int dots = 1 + int(n % 99);
        return run(
            n, "vote", {num(pid), num(cid), num(dots)},
            [&] {
                return done(m_store.setVote({pid, cid, dots}));
            },
            false);
    }
    bool score(qint64 n, QRandomGenerator& rng) {
        if (m_candidates.isEmpty())
            return candidate(n, rng);
        const qint64 cid = m_candidates.at(rng.bounded(int(m_candidates.size())));
        const ChecklistScore s{cid, EditStream::token(n), 0, ChecklistAnswer::Yes};
        return run(
            n, "score", {num(cid)}, [&] { return done(m_store.setChecklistScore(s)); }, false);
    }
    bool followUp(qint64 n) {
        FollowUp f;
        f.workshopId = m_workshop;
        f.text = EditStream::token(n);
        return run(
            n, "followup", {num(m_workshop)}, [&] { return m_store.addFollowUp(f); }, true);
    }
    bool notes(qint64 n, QRandomGenerator& rng) {
        const QString stage = QStringLiteral("s%1").arg(rng.bounded(4));
        const int length = int(rng.bounded(4000));
        return run(
            n, "notes", {num(m_workshop), stage, num(length)},
            [&] {
                return done(
                    m_store.setStageNotes(m_workshop, stage, EditStream::longText(n, length)));
            },
            false);
    }

    WorkshopStore& m_store;
    quint64 m_seed;
    qint64 m_workshop = 0;
    QList<qint64> m_candidates;
    QList<qint64> m_inputs;
    QList<qint64> m_participants;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // As the application will: a lock file must still be recognised as held.
    QCoreApplication::setApplicationName(QStringLiteral("Lodestar"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs(
            "usage: lodestar_edit_driver edit LIBRARY SEED FIRST | restore LIBRARY FIRST A B | "
            "hold LIBRARY\n",
            stderr);
        return 64;
    }
    Database database(args.at(2));
    if (!database.open()) {
        say({QStringLiteral("refused"), QString::number(int(database.status())),
             database.errorMessage()});
        return 2;
    }
    if (args.at(1) == QLatin1String("hold")) {
        say({QStringLiteral("ready")});
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            in.readAll(); // until the test closes our standard input
        return 0;
    }
    if (args.size() < 5)
        return 64;
    if (args.at(1) == QLatin1String("restore") && args.size() >= 6) {
        BackupPolicy policy(database);
        for (qint64 n = args.at(3).toLongLong();; ++n) {
            const QString label = n % 2 ? QStringLiteral("A") : QStringLiteral("B");
            say({QStringLiteral("try"), QString::number(n), label});
            QString error;
            if (!policy.restoreBackup(args.at(n % 2 ? 4 : 5), &error)) {
                say({QStringLiteral("failed"), QString::number(n), error});
                return 3;
            }
            say({QStringLiteral("ack"), QString::number(n), label});
        }
    }
    WorkshopStore store(database);
    EditRun run(store, args.at(3).toULongLong());
    for (qint64 n = args.at(4).toLongLong();; ++n)
        if (!run.perform(n)) {
            say({QStringLiteral("failed"), QString::number(n), store.lastError()});
            return 3;
        }
}
