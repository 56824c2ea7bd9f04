#include "BundleExportIdentity.h"

#include "Database.h"
#include "IsoTime.h"
#include "SyncState.h"
#include "domain/VietnamTime.h"
#include "io/BundleCrypto.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::BundleExportIdentity", text);
}

Error sqlError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("The device's bundle keys could not be read or saved: %1").arg(query.lastError().text()));
}

Error noKey()
{
    return makeError(QStringLiteral("bundle.no_key"),
        tr("This device has no bundle signing key: it was enrolled before bundles existed (or with an older "
           "province server). Enroll it again with a new code from the administrator."));
}

} // namespace

BundleExportIdentity::BundleExportIdentity(Database &database)
    : m_database(database)
{
}

Result<std::optional<BundleIdentity>> BundleExportIdentity::load() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT device_id, commune_code, public_key, secret_key, certificate, "
                                   "province_public_key FROM bundle_identity WHERE id = 1")))
        return sqlError(query);
    if (!query.next())
        return std::optional<BundleIdentity>();
    BundleIdentity identity;
    identity.deviceId = query.value(0).toString();
    identity.communeCode = query.value(1).toString();
    const auto publicKey = BundleCrypto::fromBase64Url(query.value(2).toString(), BundleCrypto::kPublicKeyBytes);
    const auto secretKey = BundleCrypto::fromBase64Url(query.value(3).toString(), BundleCrypto::kSecretKeyBytes);
    const auto certificate = BundleCrypto::fromBase64Url(query.value(4).toString(), BundleCrypto::kSignatureBytes);
    const auto province = BundleCrypto::fromBase64Url(query.value(5).toString(), BundleCrypto::kPublicKeyBytes);
    if (!publicKey || !secretKey || !certificate || !province)
        return std::optional<BundleIdentity>();
    identity.publicKey = *publicKey;
    identity.secretKey = *secretKey;
    identity.certificate = *certificate;
    identity.provincePublicKey = *province;
    return std::optional<BundleIdentity>(identity);
}

Result<BundleIdentity> BundleExportIdentity::require() const
{
    auto identity = load();
    if (!identity)
        return identity.error();
    auto enrollment = SyncState(m_database).enrollment();
    if (!enrollment)
        return enrollment.error();
    if (!*identity || !enrollment->isEnrolled() || (*identity)->deviceId != enrollment->deviceId
        || (*identity)->communeCode != enrollment->communeCode
        || BundleCrypto::publicKeyOf((*identity)->secretKey) != (*identity)->publicKey)
        return noKey();
    return **identity;
}

Status BundleExportIdentity::save(const BundleIdentity &identity)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO bundle_identity (id, device_id, commune_code, public_key, secret_key, "
            "certificate, province_public_key, saved_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(identity.deviceId);
        query.addBindValue(identity.communeCode);
        query.addBindValue(BundleCrypto::toBase64Url(identity.publicKey));
        query.addBindValue(BundleCrypto::toBase64Url(identity.secretKey));
        query.addBindValue(BundleCrypto::toBase64Url(identity.certificate));
        query.addBindValue(BundleCrypto::toBase64Url(identity.provincePublicKey));
        query.addBindValue(IsoTime::text(VietnamTime::now()));
        if (!query.exec())
            return sqlError(query);
        return {};
    });
}

Status BundleExportIdentity::clear()
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("DELETE FROM bundle_identity")))
            return sqlError(query);
        return {};
    });
}

} // namespace motcua
