#include "KeySlots.h"

#include "SecureFiles.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <array>

namespace motcua::vault {

namespace {

const QLatin1String kFormat("motcua-keys-1");
const QLatin1String kOfficer("officer");
const QLatin1String kRecovery("recovery");

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::vault::KeySlots", text);
}

QString normalised(const QString &username)
{
    return username.trimmed().toLower();
}

using WrapKey = std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES>;

bool passwordKey(const QString &password, const QByteArray &salt, unsigned long long ops, size_t mem, WrapKey &out)
{
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash(out.data(), out.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
               reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

// The recovery key is 160 random bits: no stretching needed, only a key of the right size.
WrapKey recoveryKey(const RecoveryKey &recovery)
{
    WrapKey out{};
    static const char context[] = "motcua recovery slot";
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(recovery.bytes().constData()),
        static_cast<unsigned long long>(recovery.bytes().size()), reinterpret_cast<const unsigned char *>(context),
        sizeof context - 1);
    return out;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(size));
    return bytes;
}

} // namespace

QString KeySlots::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("motcua.keys"));
}

bool KeySlots::exists(const QString &dataDir)
{
    return QFile::exists(filePath(dataDir));
}

KeySlots KeySlots::create()
{
    KeySlots keySlots;
    if (sodiumReady())
        keySlots.m_storeId = randomBytes(16);
    return keySlots;
}

Result<KeySlots> KeySlots::load(const QString &dataDir)
{
    QFile file(filePath(dataDir));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("vault.keys_unreadable"),
            tr("The key file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    const auto malformed = [&](const QString &why) {
        return makeError(QStringLiteral("vault.keys_malformed"),
            tr("The key file %1 is damaged (%2). Open the folder with the recovery key from the safe, or "
               "restore the key file from a backup.")
                .arg(QDir::toNativeSeparators(file.fileName()), why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return malformed(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return malformed(tr("unknown format"));
    KeySlots keySlots;
    keySlots.m_storeId = QByteArray::fromBase64(root.value(QStringLiteral("store_id")).toString().toLatin1());
    if (keySlots.m_storeId.size() != 16)
        return malformed(tr("no store id"));
    for (const QJsonValue &value : root.value(QStringLiteral("keySlots")).toArray()) {
        const QJsonObject object = value.toObject();
        Slot slot;
        slot.kind = object.value(QStringLiteral("kind")).toString();
        slot.username = object.value(QStringLiteral("username")).toString();
        slot.opsLimit = static_cast<unsigned long long>(object.value(QStringLiteral("ops")).toDouble());
        slot.memLimit = static_cast<size_t>(object.value(QStringLiteral("mem")).toDouble());
        slot.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
        slot.nonce = QByteArray::fromBase64(object.value(QStringLiteral("nonce")).toString().toLatin1());
        slot.wrapped = QByteArray::fromBase64(object.value(QStringLiteral("wrapped")).toString().toLatin1());
        const bool officer = slot.kind == kOfficer;
        if ((!officer && slot.kind != kRecovery) || slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            || slot.wrapped.size() != DataKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES
            || (officer
                && (slot.username.isEmpty() || slot.salt.size() != crypto_pwhash_SALTBYTES
                    || slot.opsLimit < crypto_pwhash_OPSLIMIT_MIN || slot.memLimit < crypto_pwhash_MEMLIMIT_MIN
                    || slot.memLimit > 1024ULL * 1024ULL * 1024ULL))) {
            return malformed(tr("a slot is incomplete"));
        }
        keySlots.m_slots.append(slot);
    }
    return keySlots;
}

Status KeySlots::save(const QString &dataDir) const
{
    QJsonArray array;
    for (const Slot &slot : m_slots) {
        QJsonObject object{{QStringLiteral("kind"), slot.kind},
            {QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64())},
            {QStringLiteral("wrapped"), QString::fromLatin1(slot.wrapped.toBase64())}};
        if (slot.kind == kOfficer) {
            object.insert(QStringLiteral("username"), slot.username);
            object.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
            object.insert(QStringLiteral("ops"), static_cast<double>(slot.opsLimit));
            object.insert(QStringLiteral("mem"), static_cast<double>(slot.memLimit));
            object.insert(QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64()));
        }
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
        {QStringLiteral("store_id"), QString::fromLatin1(m_storeId.toBase64())}, {QStringLiteral("keySlots"), array}};
    const Status written = SecureFiles::writeAtomically(filePath(dataDir), QJsonDocument(root).toJson());
    if (!written) {
        return makeError(QStringLiteral("vault.keys_write_failed"),
            tr("The key file could not be saved: %1").arg(written.error().message));
    }
    return {};
}

QByteArray KeySlots::associatedData(const Slot &slot) const
{
    return QByteArray(kFormat.data(), kFormat.size()) + '|' + m_storeId + '|' + slot.kind.toUtf8() + '|'
        + slot.username.toUtf8();
}

void KeySlots::wrap(Slot &slot, const unsigned char *wrapKey, const DataKey &key, const QByteArray &ad)
{
    slot.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    slot.wrapped.resize(DataKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(slot.wrapped.data()), nullptr,
        key.bytes(), DataKey::kSize, reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), wrapKey);
}

Result<DataKey> KeySlots::unwrap(const Slot &slot, const unsigned char *wrapKey, const QByteArray &ad)
{
    QByteArray plain(DataKey::kSize, Qt::Uninitialized);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), nullptr, nullptr,
            reinterpret_cast<const unsigned char *>(slot.wrapped.constData()),
            static_cast<unsigned long long>(slot.wrapped.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(slot.nonce.constData()), wrapKey)
        != 0) {
        return makeError(QStringLiteral("vault.bad_credentials"), QString());
    }
    DataKey key = DataKey::fromBytes(plain);
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return key;
}

Status KeySlots::setOfficer(const QString &username, const QString &password, const DataKey &key)
{
    if (!sodiumReady() || !key.isValid())
        return makeError(QStringLiteral("vault.kdf_failed"), tr("The encryption library cannot start."));
    Slot slot;
    slot.kind = kOfficer;
    slot.username = normalised(username);
    slot.opsLimit = kOpsLimit;
    slot.memLimit = kMemLimit;
    slot.salt = randomBytes(crypto_pwhash_SALTBYTES);
    WrapKey wrapKey{};
    if (!passwordKey(password, slot.salt, slot.opsLimit, slot.memLimit, wrapKey)) {
        return makeError(QStringLiteral("vault.kdf_failed"),
            tr("Not enough memory to protect the password (argon2id needs %1 MB).").arg(kMemLimit >> 20));
    }
    wrap(slot, wrapKey.data(), key, associatedData(slot));
    sodium_memzero(wrapKey.data(), wrapKey.size());
    removeOfficer(slot.username);
    m_slots.append(slot);
    return {};
}

bool KeySlots::removeOfficer(const QString &username)
{
    const QString name = normalised(username);
    return m_slots.removeIf([&](const Slot &slot) { return slot.kind == kOfficer && slot.username == name; }) > 0;
}

bool KeySlots::hasOfficer(const QString &username) const
{
    const QString name = normalised(username);
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
        [&](const Slot &slot) { return slot.kind == kOfficer && slot.username == name; });
}

QStringList KeySlots::officers() const
{
    QStringList names;
    for (const Slot &slot : m_slots) {
        if (slot.kind == kOfficer)
            names.append(slot.username);
    }
    return names;
}

Result<DataKey> KeySlots::unlockOfficer(const QString &username, const QString &password) const
{
    const auto badCredentials = makeError(QStringLiteral("vault.bad_credentials"), tr("Wrong username or password."));
    if (!sodiumReady())
        return makeError(QStringLiteral("vault.kdf_failed"), tr("The encryption library cannot start."));
    const QString name = normalised(username);
    for (const Slot &slot : m_slots) {
        if (slot.kind != kOfficer || slot.username != name)
            continue;
        WrapKey wrapKey{};
        if (!passwordKey(password, slot.salt, slot.opsLimit, slot.memLimit, wrapKey)) {
            return makeError(QStringLiteral("vault.kdf_failed"),
                tr("Not enough memory to check the password (argon2id needs %1 MB).").arg(slot.memLimit >> 20));
        }
        auto key = unwrap(slot, wrapKey.data(), associatedData(slot));
        sodium_memzero(wrapKey.data(), wrapKey.size());
        if (!key)
            return badCredentials;
        return key;
    }
    // The same time for an unknown username as for a wrong password.
    WrapKey ignored{};
    passwordKey(password, QByteArray(crypto_pwhash_SALTBYTES, '\0'), kOpsLimit, kMemLimit, ignored);
    return badCredentials;
}

Status KeySlots::setRecovery(const RecoveryKey &recovery, const DataKey &key)
{
    if (!sodiumReady() || !key.isValid())
        return makeError(QStringLiteral("vault.kdf_failed"), tr("The encryption library cannot start."));
    m_slots.removeIf([](const Slot &slot) { return slot.kind == kRecovery; });
    Slot slot;
    slot.kind = kRecovery;
    WrapKey wrapKey = recoveryKey(recovery);
    wrap(slot, wrapKey.data(), key, associatedData(slot));
    sodium_memzero(wrapKey.data(), wrapKey.size());
    m_slots.append(slot);
    return {};
}

Result<DataKey> KeySlots::unlockRecovery(const RecoveryKey &recovery) const
{
    for (const Slot &slot : m_slots) {
        if (slot.kind != kRecovery)
            continue;
        WrapKey wrapKey = recoveryKey(recovery);
        auto key = unwrap(slot, wrapKey.data(), associatedData(slot));
        sodium_memzero(wrapKey.data(), wrapKey.size());
        if (!key) {
            return makeError(
                QStringLiteral("vault.recovery_wrong"), tr("This recovery key does not belong to this data folder."));
        }
        return key;
    }
    return makeError(QStringLiteral("vault.no_slot"), tr("This data folder has no recovery key."));
}

} // namespace motcua::vault
