// RoomServer: the HTTP side. Every request is checked (Host, Origin, type, size) before it
// is answered, and every answer carries the same security headers.
#include "RoomServer.h"

#include "RoomProtocol.h"
#include "RoomView.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace {

using Status = QHttpServerResponse::StatusCode;

QByteArray header(const QHttpServerRequest& request, const QByteArray& name) {
    const auto headers = request.headers();
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool hasHeader(const QHttpServerRequest& request, const QByteArray& name) {
    const auto headers = request.headers();
    for (const auto& pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QHttpServerResponse jsonResponse(const QJsonObject& body, Status status = Status::Ok) {
    QHttpServerResponse response(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

QHttpServerResponse error(Status status, const QString& code, const QString& message) {
    return jsonResponse({{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
                        status);
}

QHttpServerResponse file(const QString& path, const QByteArray& type) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return error(Status::NotFound, QStringLiteral("not-found"),
                     RoomServer::tr("There is nothing here."));
    QHttpServerResponse response(f.readAll());
    response.setHeader("Content-Type", type);
    return response;
}

bool isUpgrade(const QHttpServerRequest& request) {
    return header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

// Constant time: how long a comparison takes says nothing about how much of it matched.
bool sameSecret(const QString& a, const QString& b) {
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size() || y.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= uchar(x[i]) ^ uchar(y[i]);
    return diff == 0;
}

QString cookieToken(const QHttpServerRequest& request) {
    const QList<QByteArray> cookies = header(request, "Cookie").split(';');
    for (const QByteArray& cookie : cookies) {
        const QByteArray c = cookie.trimmed();
        if (c.startsWith("lodestar_device="))
            return QString::fromLatin1(c.mid(int(qstrlen("lodestar_device="))));
    }
    return {};
}

} // namespace

void RoomServer::route() {
    // Qt HttpServer 6.4 hands a WebSocket upgrade over only when a route takes the request
    // without writing an answer.
    m_http->route(QStringLiteral("/ws"),
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      if (!isUpgrade(request))
                          serve(request, std::move(responder));
                  });
    m_http->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            serve(request, std::move(responder));
        });
}

void RoomServer::serve(const QHttpServerRequest& request, QHttpServerResponder&& responder) {
    QHttpServerResponse response = answer(request);
    response.setHeader("Content-Security-Policy", "default-src 'self'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (!response.hasHeader("Cache-Control")) // only the icon may be kept
        response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
    response.write(std::move(responder));
}

QString RoomServer::origin() const {
    return QStringLiteral("http://") + shortUrl();
}

bool RoomServer::hostIsMine(const QByteArray& host) const {
    const QString h = QString::fromLatin1(host).trimmed().toLower();
    return h == shortUrl().toLower() || (m_port == 80 && h + QStringLiteral(":80") == shortUrl());
}

QHttpServerResponse RoomServer::answer(const QHttpServerRequest& request) {
    if (!hostIsMine(header(request, "Host")))
        return error(Status::MisdirectedRequest, QStringLiteral("bad-host"),
                     tr("This is not the address the room was opened on."));
    const QString path = request.url().path();
    const auto method = request.method();
    if (method == QHttpServerRequest::Method::Get) {
        if (path == u"/")
            return file(QStringLiteral(":/room/index.html"), "text/html; charset=utf-8");
        if (path == u"/room.js")
            return file(QStringLiteral(":/room/room.js"), "text/javascript; charset=utf-8");
        if (path == u"/room.css")
            return file(QStringLiteral(":/room/room.css"), "text/css; charset=utf-8");
        if (path == u"/inter.otf")
            return file(QStringLiteral("/usr/share/fonts/opentype/inter/Inter-Regular.otf"),
                        "font/otf");
        if (path == u"/inter-bold.otf")
            return file(QStringLiteral("/usr/share/fonts/opentype/inter/Inter-Bold.otf"),
                        "font/otf");
        if (path == u"/favicon.ico" || path == u"/icon.svg") {
            // Browsers ask for the icon on every load: the app's mark, kept for 30 days.
            QHttpServerResponse icon = file(QStringLiteral(":/room/lodestar.svg"), "image/svg+xml");
            if (icon.statusCode() == Status::Ok)
                icon.setHeader("Cache-Control", "public, max-age=2592000");
            return icon;
        }
        if (path == u"/ws")
            return error(Status::BadRequest, QStringLiteral("bad-message"),
                         tr("This address is for the page's live connection."));
    }
    if (method == QHttpServerRequest::Method::Post && (path == u"/roster" || path == u"/join")) {
        if (hasHeader(request, "Origin") &&
            QString::fromLatin1(header(request, "Origin")) != origin())
            return error(Status::Forbidden, QStringLiteral("bad-origin"),
                         tr("This request did not come from the room's page."));
        if (!header(request, "Content-Type").toLower().startsWith("application/json"))
            return error(Status::UnsupportedMediaType, QStringLiteral("bad-message"),
                         tr("The room only accepts JSON."));
        if (request.body().size() > RoomProtocol::MaxBodyBytes)
            return error(Status::PayloadTooLarge, QStringLiteral("too-large"),
                         tr("The request is too large."));
        return path == u"/roster" ? roster(request) : join(request);
    }
    return error(Status::NotFound, QStringLiteral("not-found"), tr("There is nothing here."));
}

bool RoomServer::slowDown(const QString& address) {
    QList<qint64>& failures = m_codeFailures[address];
    const qint64 now = nowMs();
    failures.removeIf([now](qint64 at) { return now - at >= 60'000; });
    if (failures.isEmpty())
        m_codeFailures.remove(address);
    return failures.size() >= m_limits.maxCodeFailuresPerMinute;
}

bool RoomServer::keyIsGood(const QString& room, const QString& code, const QString& address) {
    const bool good = room.isEmpty() ? sameSecret(code, m_code) : sameSecret(room, m_roomToken);
    if (!good)
        m_codeFailures[address].append(nowMs());
    return good;
}

QHttpServerResponse RoomServer::roster(const QHttpServerRequest& request) {
    const QString address = request.remoteAddress().toString();
    if (slowDown(address))
        return error(Status::TooManyRequests, QStringLiteral("slow-down"),
                     tr("Too many wrong codes. Wait a minute, then try again."));
    RoomProtocol::Refusal refusal;
    const auto asked = RoomProtocol::parseJoin(request.body(), false, &refusal);
    if (!asked)
        return error(Status::BadRequest, refusal.code, refusal.message);
    if (!keyIsGood(asked->room, asked->code, address))
        return error(Status::Forbidden, QStringLiteral("bad-code"),
                     tr("That code is not right. Check it on the screen."));
    const RoomSnapshot room = RoomSnapshot::read(m_session, 0, &m_cards.cards());
    return jsonResponse(RoomView::roster(room, m_locked, takenPeople()));
}

QHttpServerResponse RoomServer::join(const QHttpServerRequest& request) {
    const QString address = request.remoteAddress().toString();
    if (slowDown(address))
        return error(Status::TooManyRequests, QStringLiteral("slow-down"),
                     tr("Too many wrong codes. Wait a minute, then try again."));
    RoomProtocol::Refusal refusal;
    const auto asked = RoomProtocol::parseJoin(request.body(), true, &refusal);
    if (!asked)
        return error(refusal.code == u"too-long" ? Status::PayloadTooLarge : Status::BadRequest,
                     refusal.code, refusal.message);
    if (!keyIsGood(asked->room, asked->code, address))
        return error(Status::Forbidden, QStringLiteral("bad-code"),
                     tr("That code is not right. Check it on the screen."));
    const QList<Participant> people = m_session.store().participants(m_session.workshopId());
    QString token = cookieToken(request);
    RoomDevice* mine = m_devices.byToken(token); // this phone joined before
    if (!mine)
        token.clear();
    const auto taken = [] {
        return error(Status::Conflict, QStringLiteral("taken"),
                     tr("Somebody else has that name. Pick yours, or ask the "
                        "facilitator to release it."));
    };
    QString name;
    if (asked->person > 0) {
        const auto person = std::find_if(people.begin(), people.end(), [&](const Participant& p) {
            return p.id == asked->person;
        });
        if (person == people.end())
            return error(Status::NotFound, QStringLiteral("not-found"),
                         tr("That name is no longer on the list."));
        name = person->name;
        const RoomDevice* holder = m_devices.byParticipant(asked->person);
        if (holder && holder != mine)
            return taken();
    } else {
        name = asked->newName;
        for (const Participant& p : people)
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                return taken();
        for (const RoomDevice& d : m_devices.all())
            if (&d != mine && d.name.compare(name, Qt::CaseInsensitive) == 0)
                return taken();
    }
    const bool resume =
        mine && mine->participantId == asked->person && (asked->person > 0 || mine->name == name);
    if (m_locked && !resume)
        return error(Status::Locked, QStringLiteral("locked"),
                     tr("The room is locked: the facilitator is not letting anyone else in."));
    if (!mine && m_devices.size() >= m_limits.maxDevices)
        return error(Status::ServiceUnavailable, QStringLiteral("full"), tr("The room is full."));
    if (!mine)
        mine = &m_devices.add(asked->person, name, asked->person == 0, &token);
    mine->participantId = asked->person;
    mine->name = name;
    mine->waiting = asked->person == 0;
    const QString device = mine->id;
    emit devicesChanged();
    schedulePush();
    QHttpServerResponse response =
        jsonResponse({{QStringLiteral("token"), token}, {QStringLiteral("device"), device}});
    response.setHeader("Set-Cookie", "lodestar_device=" + token.toLatin1() +
                                         "; HttpOnly; SameSite=Strict; Path=/");
    return response;
}
