#include "KeychainVault.h"

#include <qt6keychain/keychain.h>

namespace {

const QString Service = QStringLiteral("Lodestar team library");

} // namespace

KeychainVault::KeychainVault(QObject* parent)
    : QObject(parent) {}

void KeychainVault::read(const QString& key, ReadDone done) {
    auto* job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* job) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(job);
        if (job->error() == QKeychain::NoError)
            done(read->textData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            done({}, {});
        else
            done({}, job->errorString());
    });
    job->start();
}

void KeychainVault::write(const QString& key, const QString& password, Done done) {
    auto* job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* job) {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void KeychainVault::remove(const QString& key, Done done) {
    auto* job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* job) {
        const bool gone =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : job->errorString());
    });
    job->start();
}
