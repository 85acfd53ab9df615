#pragma once
// Where the team library's password is kept between sessions: the system keyring
// (KeychainVault) in the app, an in-memory vault in the tests, which run without a keyring
// daemon. Calls answer through `done`, possibly later, on the calling thread.
#include <QString>

#include <functional>

class PasswordVault {
public:
    // `password` is empty when none is stored; `error` says why the keyring could not be
    // read (not finding an entry is not an error).
    using ReadDone = std::function<void(const QString& password, const QString& error)>;
    using Done = std::function<void(const QString& error)>;

    virtual ~PasswordVault() = default;
    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& password, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;
};
