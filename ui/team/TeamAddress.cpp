#include "TeamAddress.h"

#include "storage/TeamConnInfo.h"

#include <QMap>
#include <QSettings>

namespace {

const QString Group = QStringLiteral("team");

QString tlsMode(TeamAddress::Tls tls) {
    switch (tls) {
    case TeamAddress::Tls::Disable:
        return QStringLiteral("disable");
    case TeamAddress::Tls::Require:
        return QStringLiteral("require");
    case TeamAddress::Tls::VerifyFull:
        break;
    }
    return QStringLiteral("verify-full");
}

TeamAddress::Tls tlsFrom(const QString& mode) {
    if (mode == u"disable")
        return TeamAddress::Tls::Disable;
    if (mode == u"require")
        return TeamAddress::Tls::Require;
    return TeamAddress::Tls::VerifyFull;
}

QString key(const char* name) {
    return Group + u'/' + QLatin1String(name);
}

} // namespace

QString TeamAddress::connInfo(const QString& password) const {
    QMap<QString, QString> keywords;
    keywords.insert(QStringLiteral("host"), host.trimmed());
    keywords.insert(QStringLiteral("port"), QString::number(port));
    keywords.insert(QStringLiteral("dbname"), database.trimmed());
    keywords.insert(QStringLiteral("user"), user.trimmed());
    keywords.insert(QStringLiteral("password"), password);
    keywords.insert(QStringLiteral("sslmode"), tlsMode(tls));
    if (tls == Tls::VerifyFull)
        keywords.insert(QStringLiteral("sslrootcert"), caFile);
    return TeamConnInfo::compose(keywords);
}

QString TeamAddress::vaultKey() const {
    return user.trimmed() + u'@' + host.trimmed() + u':' + QString::number(port) + u'/' +
           database.trimmed();
}

bool TeamAddress::isRemembered(const QSettings& settings) {
    return !settings.value(key("host")).toString().isEmpty();
}

TeamAddress TeamAddress::load(const QSettings& settings) {
    TeamAddress address;
    address.host = settings.value(key("host")).toString();
    address.port = settings.value(key("port"), address.port).toInt();
    address.database = settings.value(key("database"), address.database).toString();
    address.user = settings.value(key("user")).toString();
    address.tls = tlsFrom(settings.value(key("sslmode")).toString());
    address.caFile = settings.value(key("sslrootcert")).toString();
    return address;
}

void TeamAddress::save(QSettings& settings) const {
    settings.setValue(key("host"), host.trimmed());
    settings.setValue(key("port"), port);
    settings.setValue(key("database"), database.trimmed());
    settings.setValue(key("user"), user.trimmed());
    settings.setValue(key("sslmode"), tlsMode(tls));
    settings.setValue(key("sslrootcert"), caFile);
}

void TeamAddress::forget(QSettings& settings) {
    settings.remove(Group);
}
