#include "TeamConnInfo.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

namespace {

bool isUri(const QString& text) {
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

QString decoded(const QString& part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// One "host[:port]" of a URI's host list; an IPv6 address comes in brackets.
void splitHostPort(const QString& spec, QString* host, QString* port) {
    if (spec.startsWith(u'[')) {
        const qsizetype close = spec.indexOf(u']');
        *host = spec.mid(1, close - 1);
        const QString rest = spec.mid(close + 1);
        *port = rest.startsWith(u':') ? rest.mid(1) : QString();
        return;
    }
    const qsizetype colon = spec.lastIndexOf(u':');
    *host = colon < 0 ? spec : spec.left(colon);
    *port = colon < 0 ? QString() : spec.mid(colon + 1);
}

// postgresql://[user[:password]@][host[:port][,...]][/dbname][?key=value&...]
void parseUri(const QString& text, QMap<QString, QString>* out, QString* error) {
    QString rest = text.mid(text.indexOf(u"://") + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        if (const QString db = decoded(rest.mid(slash + 1)); !db.isEmpty())
            (*out)[QStringLiteral("dbname")] = db;
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        if (const QString user = decoded(userInfo.left(colon)); !user.isEmpty())
            (*out)[QStringLiteral("user")] = user;
        if (colon >= 0)
            (*out)[QStringLiteral("password")] = decoded(userInfo.mid(colon + 1));
    }
    QStringList hosts, ports;
    bool anyPort = false;
    for (const QString& spec : authority.split(u',')) {
        QString host, port;
        splitHostPort(spec, &host, &port);
        hosts << decoded(host);
        ports << port;
        anyPort = anyPort || !port.isEmpty();
    }
    if (hosts.size() > 1 || !hosts.value(0).isEmpty())
        (*out)[QStringLiteral("host")] = hosts.join(u',');
    if (anyPort)
        (*out)[QStringLiteral("port")] = ports.join(u',');
    for (const QString& pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            *error = TeamConnInfo::tr("“%1” in the address is not a key=value setting")
                         .arg(decoded(pair));
            return;
        }
        (*out)[decoded(pair.left(equals))] = decoded(pair.mid(equals + 1));
    }
}

// key=value pairs separated by spaces; a value may be quoted with '...' and use \' and \\.
void parsePairs(const QString& text, QMap<QString, QString>* out, QString* error) {
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpaces = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    for (skipSpaces(); i < n; skipSpaces()) {
        const qsizetype keyStart = i;
        while (i < n && text[i] != u'=' && !text[i].isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (key.isEmpty() || i >= n || text[i] != u'=') {
            *error = TeamConnInfo::tr("“%1” is not a key=value setting").arg(key);
            return;
        }
        ++i;
        skipSpaces();
        QString value;
        if (i < n && text[i] == u'\'') {
            for (++i; i < n && text[i] != u'\''; ++i) {
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                value += text[i];
            }
            if (i >= n) {
                *error = TeamConnInfo::tr("the quoted value of “%1” has no closing quote").arg(key);
                return;
            }
            ++i;
        } else {
            for (; i < n && !text[i].isSpace(); ++i) {
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                value += text[i];
            }
        }
        (*out)[key] = value;
    }
}

// A value quoted for libpq's key=value syntax.
QString libpqQuoted(QString value) {
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

std::optional<TeamConnInfo> TeamConnInfo::parse(const QString& text, QString* error) {
    TeamConnInfo info;
    QString why;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        why = tr("it is empty");
    else if (isUri(trimmed))
        parseUri(trimmed, &info.m_keywords, &why);
    else
        parsePairs(trimmed, &info.m_keywords, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = tr("The team library's address is not one PostgreSQL understands (%1). Give "
                        "it as postgresql://user@host:port/database?sslmode=verify-full or as "
                        "key=value pairs such as “host=/run/postgresql dbname=lodestar”.")
                         .arg(why);
        return std::nullopt;
    }
    return info;
}

QString TeamConnInfo::compose(const QMap<QString, QString>& keywords) {
    QStringList pairs;
    for (auto it = keywords.cbegin(); it != keywords.cend(); ++it)
        if (!it.value().isEmpty())
            pairs << it.key() + u'=' + libpqQuoted(it.value());
    return pairs.join(u' ');
}

bool TeamConnInfo::applyTo(QSqlDatabase& db, QString* error) const {
    QStringList options;
    for (auto it = m_keywords.cbegin(); it != m_keywords.cend(); ++it) {
        const QString& key = it.key();
        if (key == u"host")
            db.setHostName(it.value());
        else if (key == u"dbname")
            db.setDatabaseName(it.value());
        else if (key == u"user")
            db.setUserName(it.value());
        else if (key == u"password")
            db.setPassword(it.value());
        else if (it.value().contains(u';') || key.contains(u';')) {
            // QPSQL turns every ';' of the connect options into a space.
            if (error)
                *error = tr("The team library setting “%1” may not contain a semicolon.").arg(key);
            return false;
        } else
            options << key + u'=' + libpqQuoted(it.value());
    }
    if (!has(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=%1").arg(DefaultConnectTimeout);
    const QString serverOptions = value(QStringLiteral("options"));
    if (!serverOptions.contains(QStringLiteral("statement_timeout"))) {
        const QString limit =
            QStringLiteral("-c statement_timeout=%1").arg(DefaultStatementTimeoutMs);
        options.removeIf([](const QString& o) { return o.startsWith(u"options="); });
        options << QStringLiteral("options=") +
                       libpqQuoted(serverOptions.isEmpty() ? limit : serverOptions + u' ' + limit);
    }
    if (!has(QStringLiteral("keepalives"))) {
        options << QStringLiteral("keepalives=1")
                << QStringLiteral("keepalives_idle=%1").arg(KeepaliveIdleSeconds)
                << QStringLiteral("keepalives_interval=%1").arg(KeepaliveIntervalSeconds)
                << QStringLiteral("keepalives_count=%1").arg(KeepaliveCount);
    }
    if (!has(QStringLiteral("tcp_user_timeout")))
        options << QStringLiteral("tcp_user_timeout=%1").arg(DefaultTcpUserTimeoutMs);
    if (!has(QStringLiteral("application_name")))
        options << QStringLiteral("fallback_application_name=Lodestar");
    db.setConnectOptions(options.join(u' '));
    return true;
}

QString TeamConnInfo::describe() const {
    QString text;
    if (has(QStringLiteral("user")))
        text += value(QStringLiteral("user")) + u'@';
    text += has(QStringLiteral("host")) ? value(QStringLiteral("host")) : tr("the local server");
    if (has(QStringLiteral("port")))
        text += u':' + value(QStringLiteral("port"));
    if (has(QStringLiteral("dbname")))
        text += u'/' + value(QStringLiteral("dbname"));
    return text;
}
