// JSON exchange figures: export (load + write), read (parse + checks) and import (one
// transaction) of a 50- and a 200-candidate workshop, each with four inputs per candidate,
// a full consensus checklist and dot votes. Prints milliseconds and bytes; no budget yet.
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const QStringList criteria = {QStringLiteral("value"),      QStringLiteral("vision"),
                              QStringLiteral("leading"),    QStringLiteral("actionable"),
                              QStringLiteral("understood"), QStringLiteral("measurable"),
                              QStringLiteral("not_vanity")};

qint64 makeWorkshop(WorkshopStore& store, int candidates) {
    QList<Participant> roster;
    for (int i = 0; i < 7; ++i)
        roster.append({0, 0, QStringLiteral("Person %1").arg(i), QStringLiteral("design"), i});
    const qint64 id =
        *store.createWorkshop({0, QStringLiteral("%1 candidates").arg(candidates)}, roster);
    const QList<Participant> people = store.participants(id);
    for (int c = 0; c < candidates; ++c) {
        Candidate candidate{0, id, people[c % 7].id, CandidateKind::Own,
                            QStringLiteral("Weekly cooked boxes %1").arg(c)};
        candidate.definition = QString(300, u'd');
        candidate.position = c;
        const qint64 cid = *store.addCandidate(candidate);
        for (int i = 0; i < 4; ++i)
            store.addInput({0, cid, QStringLiteral("Input %1").arg(i), QString(120, u'i'),
                            InputPattern(i), QStringLiteral("Growth"), i});
        for (const QString& criterion : criteria)
            store.setChecklistScore({cid, criterion, 0, ChecklistAnswer(c % 3)});
        store.setVote({people[c % 7].id, cid, 1});
    }
    return id;
}

QString ms(qint64 nanoseconds) {
    return QString::number(double(nanoseconds) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database source(dir.filePath(QStringLiteral("source.sqlite")));
    Database target(dir.filePath(QStringLiteral("target.sqlite")));
    if (!source.open() || !target.open()) {
        QTextStream(stderr) << source.errorMessage() << target.errorMessage() << Qt::endl;
        return 1;
    }
    WorkshopStore from(source), to(target);
    QSqlQuery(source.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF")); // setup only
    QTextStream out(stdout);
    out << "JSON export and import (synchronous=FULL on the target)\n";
    for (int candidates : {50, 200}) {
        const qint64 id = makeWorkshop(from, candidates);
        QElapsedTimer timer;
        timer.start();
        const auto doc = WorkshopDocument::load(from, id);
        const QByteArray json = JsonExchange::write(*doc);
        const qint64 exported = timer.nsecsElapsed();
        timer.start();
        const QJsonDocument parsedOnly = QJsonDocument::fromJson(json);
        const qint64 parseOnly = timer.nsecsElapsed();
        timer.start();
        QString error;
        const auto read = JsonExchange::read(json, &error);
        const qint64 parsed = timer.nsecsElapsed();
        timer.start();
        const auto imported = read ? to.importWorkshop(*read) : std::nullopt;
        const qint64 written = timer.nsecsElapsed();
        if (!imported) {
            out << "  import failed: " << error << to.lastError() << Qt::endl;
            return 1;
        }
        out << "  " << candidates << " candidates: " << json.size() << " bytes; export "
            << ms(exported) << ", read " << ms(parsed) << " (parse " << ms(parseOnly) << ")"
            << ", import " << ms(written) << Qt::endl;
    }
    return 0;
}
