#pragma once
// Where the team library is, as the Connect dialog asks for it: host, port, database, user
// and how to check the server (TLS). Remembered in the settings — never the password, which
// lives in the system keyring (PasswordVault) or in ~/.pgpass. Turned into a CONNINFO by
// TeamConnInfo's quoting rules, so any character in a field reaches libpq as typed.
#include <QString>

class QSettings;

struct TeamAddress {
    enum class Tls { Disable, Require, VerifyFull };

    QString host;
    int port = 5432;
    QString database = QStringLiteral("lodestar");
    QString user;
    Tls tls = Tls::VerifyFull;
    QString caFile; // for VerifyFull; empty uses libpq's default (~/.postgresql/root.crt)

    bool isComplete() const { return !host.trimmed().isEmpty() && !database.trimmed().isEmpty(); }
    // Key=value CONNINFO; `password` is left out when empty (libpq then reads ~/.pgpass).
    QString connInfo(const QString& password = {}) const;
    // Names the keyring entry: "user@host:port/database".
    QString vaultKey() const;

    // The remembered address, if one is remembered (File ▸ Team library ▸ Connect… saved it).
    static bool isRemembered(const QSettings& settings);
    static TeamAddress load(const QSettings& settings);
    void save(QSettings& settings) const;
    static void forget(QSettings& settings);
};
