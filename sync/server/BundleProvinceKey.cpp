#include "BundleProvinceKey.h"

#include "ServerDatabase.h"

#include <QCoreApplication>

namespace motcua::server {

namespace {

const QString kName = QStringLiteral("province_signing_key");

} // namespace

BundleProvinceKey::BundleProvinceKey(ServerDatabase &db)
    : m_db(db)
{
}

Result<SigningKeyPair> BundleProvinceKey::get()
{
    return m_db.transaction([&]() -> Result<SigningKeyPair> {
        // Two instances making the key at once: the first insert wins and both read it back.
        const SigningKeyPair fresh = BundleCrypto::generateKeyPair();
        const Result<qint64> inserted = m_db.exec(
            QStringLiteral("INSERT INTO server_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
            {kName, BundleCrypto::toBase64Url(fresh.secretKey)});
        if (!inserted)
            return inserted.error();
        const Result<std::optional<QVariantList>> row
            = m_db.selectRow(QStringLiteral("SELECT value FROM server_meta WHERE name = ?"), {kName});
        if (!row)
            return row.error();
        const auto secret
            = *row ? BundleCrypto::fromBase64Url((**row)[0].toString(), BundleCrypto::kSecretKeyBytes) : std::nullopt;
        if (!secret) {
            return Error{QStringLiteral("internal"),
                QCoreApplication::translate("motcua::server::BundleProvinceKey",
                    "The province signing key stored in the database is damaged.")};
        }
        return SigningKeyPair{BundleCrypto::publicKeyOf(*secret), *secret};
    });
}

} // namespace motcua::server
