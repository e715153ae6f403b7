#include "app/devstack/sim/DevCertificates.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace mikro::devstack {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CertFree
{
    void operator()(X509 *c) const { X509_free(c); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertPtr = std::unique_ptr<X509, CertFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

core::Error setupError(const QString &why)
{
    return core::Error::make(core::ErrorKind::Internal, "tls_setup", u"TLS setup failed"_s, why);
}

bool addExtension(X509 *issuer, X509 *subject, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, subject, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(subject, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

CertPtr makeCertificate(EVP_PKEY *key, const char *commonName, long serial, X509 *issuer,
    EVP_PKEY *issuerKey, bool authority)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>("Mikro devstack"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    const bool ok = authority
        ? addExtension(signer, cert.get(), NID_basic_constraints, "critical,CA:TRUE")
            && addExtension(signer, cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
            && addExtension(signer, cert.get(), NID_subject_key_identifier, "hash")
        : addExtension(signer, cert.get(), NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(
                signer, cert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
            && addExtension(signer, cert.get(), NID_ext_key_usage, "serverAuth")
            && addExtension(signer, cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

QByteArray pem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray pem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

} // namespace

core::Result<DevCertificates> DevCertificates::create(const QString &directory)
{
    KeyPtr caKey(EVP_RSA_gen(2048));
    KeyPtr serverKey(EVP_RSA_gen(2048));
    if (!caKey || !serverKey)
        return setupError(u"key generation"_s);
    CertPtr ca = makeCertificate(caKey.get(), "Mikro devstack CA", 1, nullptr, nullptr, true);
    if (!ca)
        return setupError(u"CA certificate"_s);
    CertPtr server = makeCertificate(serverKey.get(), "127.0.0.1", 2, ca.get(), caKey.get(), false);
    if (!server)
        return setupError(u"server certificate"_s);

    DevCertificates out;
    QDir().mkpath(directory);
    out.caPath = QDir(directory).filePath(u"devstack-ca.pem"_s);
    QFile caFile(out.caPath);
    if (!caFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || caFile.write(pem(ca.get())) < 0)
        return setupError(u"cannot write %1"_s.arg(out.caPath));
    caFile.close();

    const QSslCertificate serverCert(pem(server.get()), QSsl::Pem);
    const QSslCertificate caCert(pem(ca.get()), QSsl::Pem);
    const QSslKey key(pem(serverKey.get()), QSsl::Rsa, QSsl::Pem);
    if (serverCert.isNull() || key.isNull())
        return setupError(u"Qt could not read the generated certificate"_s);
    out.serverConfiguration = QSslConfiguration::defaultConfiguration();
    out.serverConfiguration.setLocalCertificateChain({ serverCert, caCert });
    out.serverConfiguration.setPrivateKey(key);
    out.serverConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return out;
}

} // namespace mikro::devstack
