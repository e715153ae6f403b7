#include "services/auth/KeychainSecretStore.h"

#include "services/auth/AuthLog.h"

#include <QCoreApplication>
#include <QPromise>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace mikro::auth {

namespace {

core::Error keychainError(const QKeychain::Job &job)
{
    const QString diagnostic
        = u"keychain error %1: %2"_s.arg(int(job.error())).arg(job.errorString());
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return core::Error::make(core::ErrorKind::NotFound, "secret_not_found",
            QCoreApplication::translate(
                "mikro::auth::SecretStore", "Nothing is stored under that name."),
            diagnostic);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        qCWarning(lcAuth) << "keychain unavailable:" << diagnostic;
        return core::Error::make(core::ErrorKind::Unavailable, "keychain_unavailable",
            QCoreApplication::translate("mikro::auth::SecretStore",
                "The system keychain isn't available, so you stay signed in only until Mikro "
                "closes."),
            diagnostic);
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    qCWarning(lcAuth) << "keychain failed:" << diagnostic;
    return core::Error::make(core::ErrorKind::Internal, "keychain_failed",
        QCoreApplication::translate(
            "mikro::auth::SecretStore", "The system keychain reported an error."),
        diagnostic);
}

template <typename JobType>
JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QFuture<core::Result<core::Secret>> KeychainSecretStore::read(const QString &key)
{
    auto promise = std::make_shared<QPromise<core::Result<core::Secret>>>();
    promise->start();
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            promise->addResult(
                core::Secret(static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData()));
        else
            promise->addResult(keychainError(*done));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<core::Result<void>> KeychainSecretStore::write(
    const QString &key, const core::Secret &value)
{
    auto promise = std::make_shared<QPromise<core::Result<void>>>();
    promise->start();
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(value.reveal());
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *done) {
        promise->addResult(done->error() == QKeychain::NoError
                ? core::Result<void>()
                : core::Result<void>(keychainError(*done)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<core::Result<void>> KeychainSecretStore::remove(const QString &key)
{
    auto promise = std::make_shared<QPromise<core::Result<void>>>();
    promise->start();
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *done) {
        // Deleting what is not there leaves the wanted state: nothing stored.
        const bool ok
            = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        promise->addResult(ok ? core::Result<void>() : core::Result<void>(keychainError(*done)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace mikro::auth
