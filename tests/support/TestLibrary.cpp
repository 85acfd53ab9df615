#include "TestLibrary.h"

#include <QCryptographicHash>
#include <QFile>

TestLibrary::TestLibrary() {
    reopen();
}

TestLibrary::~TestLibrary() {
    close();
}

void TestLibrary::close() {
    m_store.reset();
    m_database.reset();
}

bool TestLibrary::reopen() {
    close();
    m_database = std::make_unique<Database>(path());
    const bool ok = m_database->open();
    m_store = std::make_unique<WorkshopStore>(*m_database);
    return ok;
}

qint64 TestLibrary::addWorkshop(const QString& title, int people) {
    Workshop w;
    w.title = title;
    w.product = QStringLiteral("Test product");
    w.facilitator = QStringLiteral("Fran Facilitator");
    QList<Participant> roster;
    for (int i = 0; i < people; ++i)
        roster.append({0, 0, QStringLiteral("Person %1").arg(i + 1), QStringLiteral("design"), i});
    return m_store->createWorkshop(w, roster).value_or(0);
}

QStringList workshopTitles(Database& database) {
    WorkshopStore store(database);
    QStringList titles;
    for (const WorkshopSummary& s : store.workshopSummaries())
        titles.append(s.title);
    titles.sort();
    return titles;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

Candidate makeCandidate(qint64 workshopId, const QString& name, CandidateKind kind) {
    Candidate c;
    c.workshopId = workshopId;
    c.name = name;
    c.kind = kind;
    return c;
}

qint64 addStagedWorkshop(TestLibrary& laptop, const QString& title, const QString& stage, int own,
                         int others) {
    const qint64 id = laptop.addWorkshop(title);
    QString key = stage;
    if (stage == u"custom") {
        CustomStage custom;
        custom.workshopId = id;
        custom.title = QStringLiteral("Our own block");
        custom.afterStage = QStringLiteral("game");
        key = laptop.store().addCustomStage(custom).value_or(QString());
    }
    if (!key.isEmpty() && !laptop.store().setCurrentStage(id, key))
        return 0;
    static const CandidateKind otherKinds[] = {CandidateKind::WarmUp, CandidateKind::AntiExample,
                                               CandidateKind::Room};
    for (int i = 0; i < own + others; ++i) {
        const CandidateKind kind = i < own ? CandidateKind::Own : otherKinds[i % 3];
        if (!laptop.store().addCandidate(makeCandidate(id, QStringLiteral("C%1").arg(i), kind)))
            return 0;
    }
    return id;
}
