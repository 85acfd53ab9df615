#include "RoomKillPhone.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace {

QString str(const QJsonObject& o, const char* member) {
    return o.value(QLatin1String(member)).toString();
}

// "c12" / "i12" → 12.
qint64 idOf(const QString& key) {
    return key.mid(1).toLongLong();
}

QJsonObject op(const char* name, std::initializer_list<std::pair<const char*, QJsonValue>> rest) {
    QJsonObject o{{QStringLiteral("op"), QLatin1String(name)}};
    for (const auto& [member, value] : rest)
        o.insert(QLatin1String(member), value);
    return o;
}

QString cardKey(int index, int card) {
    return QStringLiteral("p-kill-phone%1-card%2").arg(index, 2, 10, QLatin1Char('0')).arg(card);
}

} // namespace

void PhoneModel::apply(const QJsonObject& o, qint64 touched) {
    const QString kind = str(o, "op");
    if (kind == u"card.put") {
        cards.insert(str(o, "card"), str(o, "name"));
    } else if (kind == u"card.delete") {
        cards.remove(str(o, "card"));
    } else if (kind == u"score.put") {
        const std::pair<qint64, QString> where{idOf(str(o, "card")), str(o, "criterion")};
        if (str(o, "answer").isEmpty())
            answers.remove(where);
        else
            answers.insert(where, str(o, "answer"));
    } else if (kind == u"dot.place") {
        ++dots[idOf(str(o, "card"))];
    } else if (kind == u"dot.remove") {
        const qint64 card = idOf(str(o, "card"));
        if (dots.value(card) > 1)
            --dots[card];
        else
            dots.remove(card);
    } else if (kind == u"worksheet.put") {
        sheet.insert(str(o, "field"), str(o, "value"));
    } else if (kind == u"input.add") {
        inputs.append({touched, str(o, "name"), str(o, "definition")});
    } else if (kind == u"input.put") {
        for (SheetInput& input : inputs)
            if (input.id == idOf(str(o, "input")))
                (str(o, "field") == u"name" ? input.name : input.definition) = str(o, "value");
    }
}

KillPhone::KillPhone(Setup setup, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_network(network) {
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send({{QStringLiteral("op"), QStringLiteral("hello")}, {QStringLiteral("token"), m_token}});
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &KillPhone::received);
}

void KillPhone::joinRoom(const QString& base, const QString& roomToken) {
    const int life = ++m_life;
    m_ready = false;
    m_socket.abort();
    QNetworkRequest request(QUrl(base + QStringLiteral("/join")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Connection", "close"); // no kept-alive socket to a killed app
    QNetworkReply* reply = m_network.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("room"), roomToken},
                                           {QStringLiteral("person"), m_setup.person}})
                     .toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, base, life] {
        reply->deleteLater();
        // A connection that failed: the app was killed meanwhile, and its next start joins
        // again. An HTTP refusal is a fault.
        if (life != m_life || (reply->error() != QNetworkReply::NoError &&
                               reply->error() < QNetworkReply::ProxyConnectionRefusedError))
            return;
        m_token = QJsonDocument::fromJson(reply->readAll()).object().value(u"token").toString();
        if (m_token.isEmpty()) {
            m_trouble = QStringLiteral("phone %1 could not join: %2")
                            .arg(m_setup.index)
                            .arg(reply->errorString());
            emit troubled();
            return;
        }
        QString ws = base;
        ws.replace(0, 4, QStringLiteral("ws"));
        m_socket.open(QUrl(ws + QStringLiteral("/ws")));
    });
}

void KillPhone::startPhase(KillPhase phase) {
    m_phase = phase;
    m_step = 0;
    m_done = false;
    if (m_ready && !m_inFlight)
        next();
}

int KillPhone::scriptLength(KillPhase phase, int index) {
    switch (phase) {
    case KillPhase::WarmUp:
        return index % 4 == 3 ? 4 : 3;
    case KillPhase::Silent:
    case KillPhase::Score:
        return 6;
    case KillPhase::Decide:
        return 8;
    }
    return 0;
}

QString KillPhone::opId(int serial) const {
    return QStringLiteral("kill-%1-phone%2-op%3")
        .arg(m_setup.seed)
        .arg(m_setup.index, 2, 10, QLatin1Char('0'))
        .arg(serial, 4, 10, QLatin1Char('0'));
}

QJsonObject KillPhone::scriptOp(int step) const {
    if (step >= scriptLength(m_phase, m_setup.index))
        return {};
    switch (m_phase) {
    case KillPhase::WarmUp:
        return warmUpOp(step);
    case KillPhase::Silent:
        return silentOp(step);
    case KillPhase::Score:
        return scoreOp(step);
    case KillPhase::Decide:
        return decideOp(step);
    }
    return {};
}

// Each member of a group of four owns one field (of two writes to one field the later wins,
// which would make the expected value depend on the server's order).
QJsonObject KillPhone::warmUpOp(int step) const {
    const int group = m_setup.index / 4;
    switch (m_setup.index % 4) {
    case 0:
        return op(
            "worksheet.put",
            {{"field", QStringLiteral("name")},
             {"value", QStringLiteral("Nights booked, group %1 v%2 ✨").arg(group).arg(step)}});
    case 1:
        return op("worksheet.put",
                  {{"field", QStringLiteral("definition")},
                   {"value",
                    QStringLiteral("عدد الليالي — \"v%1\" <b>group %2</b>").arg(step).arg(group)}});
    case 2: {
        static const QStringList games{QStringLiteral("attention"), QStringLiteral("transaction"),
                                       QStringLiteral("productivity")};
        return op("worksheet.put", {{"field", QStringLiteral("game")},
                                    {"value", games[(m_setup.index + step) % games.size()]}});
    }
    default:
        break;
    }
    const QList<PhoneModel::SheetInput>& inputs = m_model.inputs;
    if (step < 2)
        return op("input.add",
                  {{"name", QStringLiteral("Input %1 of group %2 😀").arg(step).arg(group)},
                   {"definition", QStringLiteral("שלום <i>%1</i>").arg(step)}});
    const PhoneModel::SheetInput& input = inputs.at(step - 2);
    return op("input.put",
              {{"input", QStringLiteral("i%1").arg(input.id)},
               {"field", step == 2 ? QStringLiteral("name") : QStringLiteral("definition")},
               {"value", QStringLiteral("Renamed \"%1\" ✓").arg(step)}});
}

QJsonObject KillPhone::silentOp(int step) const {
    static const int cards[] = {1, 2, 1, 3, 2, 3};
    static const int versions[] = {0, 0, 1, 0, 0, 1};
    const QString key = cardKey(m_setup.index, cards[step]);
    if (step == 4)
        return op("card.delete", {{"card", key}});
    return op("card.put", {{"card", key},
                           {"name", QStringLiteral("Card %1 of phone %2 v%3 😀 \"q\" <b>t</b> שלום")
                                        .arg(cards[step])
                                        .arg(m_setup.index)
                                        .arg(versions[step])},
                           {"behaviour", QStringLiteral("an increase in trips")},
                           {"measure", QStringLiteral("nights per guest")}});
}

QJsonObject KillPhone::scoreOp(int step) const {
    static const QStringList answers{QStringLiteral("yes"), QStringLiteral("partly"),
                                     QStringLiteral("no"), QString()};
    const QList<qint64>& cands = m_setup.candidates;
    const QStringList& criteria = m_setup.criteria;
    return op("score.put", {{"card", QStringLiteral("c%1").arg(cands[step % cands.size()])},
                            {"criterion", criteria[(m_setup.index + step) % criteria.size()]},
                            {"answer", answers[(m_setup.index + step) % answers.size()]}});
}

// Places while dots are left and the candidate is under its cap, else takes one back.
QJsonObject KillPhone::decideOp(int step) const {
    const QList<qint64>& cands = m_setup.candidates;
    qint64 card = cands[(m_setup.index + step) % cands.size()];
    int held = 0;
    for (const int n : m_model.dots)
        held += n;
    const bool place =
        held < m_setup.dotsPerPerson && m_model.dots.value(card) < m_setup.maxPerCandidate;
    if (!place)
        card = m_model.dots.firstKey(); // held > 0 here: the caps are at least 1
    return op(place ? "dot.place" : "dot.remove", {{"card", QStringLiteral("c%1").arg(card)}});
}

void KillPhone::next() {
    if (m_done || m_inFlight)
        return;
    QJsonObject message = scriptOp(m_step);
    if (message.isEmpty()) {
        m_done = true;
        return;
    }
    ++m_step;
    message.insert(QStringLiteral("id"), opId(m_serial++));
    m_inFlight = message;
    send(message);
}

void KillPhone::send(const QJsonObject& message) {
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void KillPhone::received(const QString& text) {
    const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = str(m, "type");
    if (type == u"state" && !m_ready) {
        m_ready = true;
        emit greeted();
        if (m_inFlight) { // unacknowledged when the app died: the same operation, the same id
            ++m_resends;
            send(*m_inFlight);
        } else {
            next();
        }
        return;
    }
    if (type != u"ack" || !m_inFlight || str(m, "id") != str(*m_inFlight, "id"))
        return;
    if (!m.value(QLatin1String("ok")).toBool()) {
        if (str(m, "error") != u"slow-down") {
            m_trouble = QStringLiteral("phone %1: %2 refused: %3")
                            .arg(m_setup.index)
                            .arg(QString::fromUtf8(QJsonDocument(*m_inFlight).toJson()), text);
            emit troubled();
            return;
        }
        const int life = m_life; // over the rate: the same operation a little later
        QTimer::singleShot(150, this, [this, life] {
            if (life == m_life && m_ready && m_inFlight)
                send(*m_inFlight);
        });
        return;
    }
    m_model.apply(*m_inFlight, idOf(str(m, "input")));
    m_acknowledged << str(*m_inFlight, "id");
    m_inFlight.reset();
    next(); // the next operation is on its way before anyone hears of this one
    emit acknowledgedOp();
}
