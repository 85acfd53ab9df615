#pragma once
// Where a team library is, as libpq takes it: a URI
// ("postgresql://alice@db.example.org:5432/lodestar?sslmode=verify-full") or key=value pairs
// ("host=/run/postgresql dbname=lodestar"). Qt's QPSQL driver builds its own key=value string
// from the QSqlDatabase fields (quoting host, database, user and password) and appends the
// connect options as they are, so the text is parsed here into libpq keywords and handed over
// field by field. The password never appears in a description.
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

class QSqlDatabase;

class TeamConnInfo {
    Q_DECLARE_TR_FUNCTIONS(TeamConnInfo)

public:
    // Seconds libpq waits for a server that does not answer, unless CONNINFO says otherwise.
    static constexpr int DefaultConnectTimeout = 10;
    // Milliseconds the server may spend on one statement (a lock held elsewhere, a server
    // that stalls) before it gives up, unless CONNINFO's options set statement_timeout.
    static constexpr int DefaultStatementTimeoutMs = 30'000;
    // Milliseconds sent data may stay unacknowledged before the connection counts as lost
    // (a server gone mid-request), and the TCP keepalive that notices a dead one while idle.
    static constexpr int DefaultTcpUserTimeoutMs = 30'000;
    static constexpr int KeepaliveIdleSeconds = 15;
    static constexpr int KeepaliveIntervalSeconds = 5;
    static constexpr int KeepaliveCount = 3;

    // nullopt and *error for text that is neither a URI nor key=value pairs.
    static std::optional<TeamConnInfo> parse(const QString& text, QString* error);
    // Key=value text for `keywords`, each value quoted as libpq reads it, so parse() gives
    // them back exactly (the Connect dialog's fields); empty values are left out.
    static QString compose(const QMap<QString, QString>& keywords);

    QString value(const QString& keyword) const { return m_keywords.value(keyword); }
    bool has(const QString& keyword) const { return m_keywords.contains(keyword); }
    const QMap<QString, QString>& keywords() const { return m_keywords; }

    // Fills a QPSQL connection: host, database, user and password through their setters,
    // every other keyword (port, sslmode, sslrootcert, connect_timeout ...) as a connect
    // option. What CONNINFO leaves out is added, so that no request waits for ever: a connect
    // timeout, a statement timeout, TCP keepalives and a TCP user timeout. False (and *error)
    // for a value the driver cannot pass on (a ';' in a connect option).
    bool applyTo(QSqlDatabase& db, QString* error) const;

    // "alice@db.example.org:5432/lodestar" for messages; never the password.
    QString describe() const;

private:
    QMap<QString, QString> m_keywords;
};
