// Every text field, through every store path that writes it (add and update), with every
// hostile string plus 1 MB, NUL and odd whitespace: after a reopen the text is there
// exactly, or the store refused it with a message (writeFailed) and nothing changed.
#include "HostileText.h"
#include "TestLibrary.h"

#include "domain/TextLimits.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace {

const QString none = QStringLiteral("<none>");

// A fresh workshop with one of everything, so that each row edits rows of its own.
struct Fixture {
    qint64 workshop = 0;
    qint64 participant = 0;
    qint64 candidate = 0;
    qint64 input = 0;
    qint64 criterion = 0;
    qint64 followUp = 0;
    QString tag; // the fixture workshop's product, unique in the library
};

struct TextField {
    QString name;
    int limit;
    bool required; // blank text is refused
    std::function<bool(WorkshopStore&, const Fixture&, const QString&)> write;
    std::function<QString(WorkshopStore&, const Fixture&)> read;
};

template <typename T, typename Id>
QString textOf(const QList<T>& rows, Id skip, QString T::*field) {
    for (const T& row : rows)
        if (row.id != skip)
            return row.*field;
    return none;
}

Workshop workshopOf(WorkshopStore& s, const Fixture& f) {
    return s.workshop(f.workshop).value_or(Workshop{});
}
Candidate candidateOf(WorkshopStore& s, const Fixture& f) {
    return s.candidate(f.candidate).value_or(Candidate{});
}
Input inputOf(WorkshopStore& s, const Fixture& f) {
    return s.inputs(f.candidate).value(0);
}
Participant participantOf(WorkshopStore& s, const Fixture& f) {
    return s.participants(f.workshop).value(0);
}
FollowUp followUpOf(WorkshopStore& s, const Fixture& f) {
    return s.followUps(f.workshop).value(0);
}

// A field of a type edited by fetch, change one member, update.
template <typename T>
TextField updated(const char* name, int limit, bool required,
                  T (*fetch)(WorkshopStore&, const Fixture&), QString T::*member,
                  bool (WorkshopStore::*update)(const T&)) {
    return {QLatin1String(name), limit, required,
            [=](WorkshopStore& s, const Fixture& f, const QString& text) {
                T value = fetch(s, f);
                value.*member = text;
                return (s.*update)(value);
            },
            [=](WorkshopStore& s, const Fixture& f) { return fetch(s, f).*member; }};
}

// The workshop created with `text` in one field, found by the fixture's tag.
std::optional<Workshop> createdWorkshop(WorkshopStore& s, const Fixture& f) {
    for (const WorkshopSummary& summary : s.workshopSummaries())
        if (summary.product == f.tag + QStringLiteral("-new"))
            return s.workshop(summary.id);
    return std::nullopt;
}

QList<TextField> textFields() {
    using W = Workshop;
    const int S = TextLimits::ShortText, L = TextLimits::LongText;
    QList<TextField> fields = {
        updated<W>("workshop title", S, true, workshopOf, &W::title,
                   &WorkshopStore::updateWorkshop),
        updated<W>("workshop product", S, false, workshopOf, &W::product,
                   &WorkshopStore::updateWorkshop),
        updated<W>("workshop facilitator", S, false, workshopOf, &W::facilitator,
                   &WorkshopStore::updateWorkshop),
        updated<W>("workshop vision", L, false, workshopOf, &W::vision,
                   &WorkshopStore::updateWorkshop),
        updated<W>("game rationale", L, false, workshopOf, &W::gameRationale,
                   &WorkshopStore::updateWorkshop),
        updated<W>("guardrail name", S, false, workshopOf, &W::guardrailName,
                   &WorkshopStore::updateWorkshop),
        updated<W>("guardrail definition", L, false, workshopOf, &W::guardrailDefinition,
                   &WorkshopStore::updateWorkshop),
        updated<Participant>("participant name", S, true, participantOf, &Participant::name,
                             &WorkshopStore::updateParticipant),
        updated<Participant>("participant discipline", S, false, participantOf,
                             &Participant::discipline, &WorkshopStore::updateParticipant),
        updated<Candidate>("candidate name", S, false, candidateOf, &Candidate::name,
                           &WorkshopStore::updateCandidate),
        updated<Candidate>("candidate definition", L, false, candidateOf, &Candidate::definition,
                           &WorkshopStore::updateCandidate),
        updated<Candidate>("candidate behaviour", L, false, candidateOf, &Candidate::behaviour,
                           &WorkshopStore::updateCandidate),
        updated<Candidate>("candidate measure", L, false, candidateOf, &Candidate::measure,
                           &WorkshopStore::updateCandidate),
        updated<Candidate>("elimination reason", L, false, candidateOf,
                           &Candidate::eliminationReason, &WorkshopStore::updateCandidate),
        updated<Input>("input name", S, false, inputOf, &Input::name, &WorkshopStore::updateInput),
        updated<Input>("input definition", L, false, inputOf, &Input::definition,
                       &WorkshopStore::updateInput),
        updated<Input>("input owner", S, false, inputOf, &Input::owner,
                       &WorkshopStore::updateInput),
        updated<FollowUp>("follow-up text", L, false, followUpOf, &FollowUp::text,
                          &WorkshopStore::updateFollowUp),
        updated<FollowUp>("follow-up owner", S, false, followUpOf, &FollowUp::owner,
                          &WorkshopStore::updateFollowUp),
    };
    fields += {
        {QStringLiteral("renamed workshop title"), S, true,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s.renameWorkshop(f.workshop, t);
         },
         [](WorkshopStore& s, const Fixture& f) { return workshopOf(s, f).title; }},
        {QStringLiteral("stage notes"), TextLimits::Notes, false,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s.setStageNotes(f.workshop, QStringLiteral("opening"), t);
         },
         [](WorkshopStore& s, const Fixture& f) {
             return s.stageState(f.workshop, QStringLiteral("opening")).notes;
         }},
        {QStringLiteral("matrix criterion name"), S, true,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s.updateMatrixCriterion({f.criterion, f.workshop, t, 3, 0});
         },
         [](WorkshopStore& s, const Fixture& f) { return s.matrixCriteria(f.workshop)[0].name; }},
        {QStringLiteral("checklist criterion key"), S, false,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s.setChecklistScore({f.candidate, t, 0, ChecklistAnswer::Partly});
         },
         [](WorkshopStore& s, const Fixture& f) {
             const QList<ChecklistScore> scores = s.checklistScores(f.workshop);
             return scores.isEmpty() ? none : scores.first().criterion;
         }},
        // The add paths, each with its own checks.
        {QStringLiteral("new workshop title"), S, true,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             Workshop w;
             w.title = t;
             w.product = f.tag + QStringLiteral("-new");
             return s.createWorkshop(w).has_value();
         },
         [](WorkshopStore& s, const Fixture& f) {
             const auto w = createdWorkshop(s, f);
             return w ? w->title : none;
         }},
        {QStringLiteral("new workshop's participant"), S, true,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             Workshop w;
             w.title = QStringLiteral("With a roster");
             w.product = f.tag + QStringLiteral("-new");
             return s.createWorkshop(w, {{0, 0, t, t.left(TextLimits::ShortText), 0}}).has_value();
         },
         [](WorkshopStore& s, const Fixture& f) {
             const auto w = createdWorkshop(s, f);
             return w ? s.participants(w->id).value(0).name : none;
         }},
        {QStringLiteral("added participant"), S, true,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s.addParticipant({0, f.workshop, t, QStringLiteral("design"), 1}).has_value();
         },
         [](WorkshopStore& s, const Fixture& f) {
             return textOf(s.participants(f.workshop), f.participant, &Participant::name);
         }},
        {QStringLiteral("added candidate definition"), L, false,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             Candidate c = makeCandidate(f.workshop, QStringLiteral("Added"));
             c.definition = t;
             return s.addCandidate(c).has_value();
         },
         [](WorkshopStore& s, const Fixture& f) {
             return textOf(s.candidates(f.workshop), f.candidate, &Candidate::definition);
         }},
        {QStringLiteral("added input owner"), S, false,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s
                 .addInput({0, f.candidate, QStringLiteral("Added"), {}, InputPattern::Breadth, t})
                 .has_value();
         },
         [](WorkshopStore& s, const Fixture& f) {
             return textOf(s.inputs(f.candidate), f.input, &Input::owner);
         }},
        {QStringLiteral("added matrix criterion"), S, true,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s.addMatrixCriterion({0, f.workshop, t, 2, 1}).has_value();
         },
         [](WorkshopStore& s, const Fixture& f) {
             return textOf(s.matrixCriteria(f.workshop), f.criterion, &MatrixCriterion::name);
         }},
        {QStringLiteral("added follow-up text"), L, false,
         [](WorkshopStore& s, const Fixture& f, const QString& t) {
             return s.addFollowUp({0, f.workshop, FollowUpKind::OpenQuestion, t}).has_value();
         },
         [](WorkshopStore& s, const Fixture& f) {
             return textOf(s.followUps(f.workshop), f.followUp, &FollowUp::text);
         }},
    };
    return fields;
}

QList<HostileString> extraStrings() {
    QString nul = QStringLiteral("before");
    nul.append(QChar(u'\0')).append(QStringLiteral("after"));
    return {
        {"1 MB", QString(1 << 20, QChar(u'm'))},
        {"NUL inside", nul},
        {"NUL alone", QString(1, QChar(u'\0'))},
        {"one space", QStringLiteral(" ")},
        {"no-break and em spaces", QStringLiteral("\u00A0\u2003")},
        {"CR LF", QStringLiteral("\r\n")},
        {"surrounding whitespace", QStringLiteral("  padded  ")},
    };
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storedExactlyOrRefused_data();
    void storedExactlyOrRefused();

private:
    Fixture makeFixture();
    bool reopen();

    std::unique_ptr<TestLibrary> m_library;
    int m_libraryField = -1; // a library per field keeps each one small and quick to check
    int m_rows = 0;
};

void TestHostileInput::initTestCase() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(reopen());
}

// This test is about text, not durability (the kill test covers that): skipping fsync
// keeps its six hundred rows quick.
bool TestHostileInput::reopen() {
    if (!m_library->reopen())
        return false;
    QSqlQuery q(m_library->database().connection());
    return q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
}

Fixture TestHostileInput::makeFixture() {
    WorkshopStore& s = m_library->store();
    Fixture f;
    f.tag = QStringLiteral("row-%1").arg(++m_rows);
    Workshop w;
    w.title = QStringLiteral("Hostile input");
    w.product = f.tag;
    f.workshop =
        s.createWorkshop(w, {{0, 0, QStringLiteral("Ana"), QStringLiteral("design")}}).value_or(0);
    f.participant = s.participants(f.workshop).value(0).id;
    f.candidate =
        s.addCandidate(makeCandidate(f.workshop, QStringLiteral("Nights booked"))).value_or(0);
    f.input = s.addInput({0, f.candidate, QStringLiteral("Guests")}).value_or(0);
    f.criterion = s.addMatrixCriterion({0, f.workshop, QStringLiteral("Value"), 3}).value_or(0);
    f.followUp =
        s.addFollowUp({0, f.workshop, FollowUpKind::NextStep, QStringLiteral("Ask")}).value_or(0);
    return f;
}

void TestHostileInput::storedExactlyOrRefused_data() {
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    const QList<TextField> fields = textFields();
    for (int i = 0; i < fields.size(); ++i) {
        const TextField& field = fields.at(i);
        QList<HostileString> strings = hostileStrings() + extraStrings();
        strings.append({"at the limit", QString(field.limit, QChar(u'L'))});
        strings.append({"one past the limit", QString(field.limit + 1, QChar(u'L'))});
        for (const HostileString& s : strings)
            QTest::addRow("%s: %s", qPrintable(field.name), s.label) << i << s.text;
    }
}

void TestHostileInput::storedExactlyOrRefused() {
    QFETCH(int, field);
    QFETCH(QString, text);
    const TextField spec = textFields().at(field);
    if (field != m_libraryField) {
        m_library = std::make_unique<TestLibrary>();
        m_libraryField = field;
        QVERIFY(reopen());
    }
    const Fixture fixture = makeFixture();
    QVERIFY(fixture.followUp > 0 && fixture.input > 0 && fixture.criterion > 0);
    const QString before = spec.read(m_library->store(), fixture);

    const bool acceptable = text.size() <= spec.limit && !text.contains(QChar(u'\0')) &&
                            !(spec.required && text.trimmed().isEmpty());
    QSignalSpy failures(&m_library->store(), &WorkshopStore::writeFailed);
    const bool accepted = spec.write(m_library->store(), fixture, text);
    QCOMPARE(accepted, acceptable);
    QCOMPARE(failures.count(), acceptable ? 0 : 1);
    if (!acceptable) {
        const QString message = failures.first().first().toString();
        QVERIFY(!message.isEmpty());
        QCOMPARE(m_library->store().lastError(), message);
    }

    QVERIFY(reopen());
    const QString after = spec.read(m_library->store(), fixture);
    if (acceptable)
        QVERIFY2(
            after == text,
            qPrintable(
                QStringLiteral("stored %1 characters: %2").arg(after.size()).arg(after.left(60))));
    else
        QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
