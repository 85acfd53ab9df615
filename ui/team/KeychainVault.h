#pragma once
// The team library's password in the system keyring (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) through QtKeychain.
#include "PasswordVault.h"

#include <QObject>

class KeychainVault : public QObject, public PasswordVault {
    Q_OBJECT

public:
    explicit KeychainVault(QObject* parent = nullptr);

    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& password, Done done) override;
    void remove(const QString& key, Done done) override;
};
