#include "BundleFormat.h"

#include "BundleCrypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <limits>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::BundleFormat", text);
}

Error malformed(const QString &what)
{
    return makeError(QStringLiteral("bundle.malformed"), tr("The bundle's manifest is invalid: %1").arg(what));
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch() && !QUuid::fromString(text).isNull();
}

bool isSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

bool isEntity(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    return pattern.match(text).hasMatch();
}

bool isCommune(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{5}$"));
    return pattern.match(text).hasMatch();
}

bool isTag(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}$"));
    return pattern.match(text).hasMatch();
}

// Reads the members of one object, refusing unknown ones, in the spirit of the protocol's
// JsonReader (core cannot use sync/protocol).
class Members final
{
public:
    Members(const QJsonObject &object, QString path, std::initializer_list<const char *> allowed)
        : m_object(object)
        , m_path(std::move(path))
    {
        QSet<QString> names;
        for (const char *name : allowed)
            names.insert(QString::fromLatin1(name));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!names.contains(it.key()))
                fail(it.key(), tr("unknown member"));
        }
    }

    QString text(const char *name, bool (*valid)(const QString &), int maxLength = 1000)
    {
        const QJsonValue value = m_object.value(QString::fromLatin1(name));
        if (!value.isString() || value.toString().size() > maxLength || (valid && !valid(value.toString()))) {
            fail(QString::fromLatin1(name), tr("missing or invalid"));
            return {};
        }
        return value.toString();
    }

    qint64 integer(const char *name, qint64 min, qint64 max)
    {
        const QJsonValue value = m_object.value(QString::fromLatin1(name));
        const double number = value.toDouble(-1);
        // The range first: converting an out-of-range double to an integer is undefined.
        if (!value.isDouble() || !(number >= static_cast<double>(min) && number <= static_cast<double>(max))
            || number != static_cast<double>(static_cast<qint64>(number))) {
            fail(QString::fromLatin1(name), tr("must be an integer from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return static_cast<qint64>(number);
    }

    QJsonArray array(const char *name)
    {
        const QJsonValue value = m_object.value(QString::fromLatin1(name));
        if (!value.isArray())
            fail(QString::fromLatin1(name), tr("must be an array"));
        return value.toArray();
    }

    QByteArray key(const char *name, int bytes)
    {
        const QJsonValue value = m_object.value(QString::fromLatin1(name));
        const auto decoded = BundleCrypto::fromBase64Url(value.toString(), bytes);
        if (!value.isString() || !decoded) {
            fail(QString::fromLatin1(name), tr("must be %1 bytes in base64url").arg(bytes));
            return {};
        }
        return *decoded;
    }

    void fail(const QString &name, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = (m_path.isEmpty() ? name : m_path + u'.' + name) + QStringLiteral(": ") + why;
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace

QByteArray BundleFormat::signedMessage(const QByteArray &manifestJson)
{
    QByteArray message("motcua-bundle-manifest/1");
    message.append('\0').append(manifestJson);
    return message;
}

QByteArray BundleManifest::toJson() const
{
    QJsonArray blobArray;
    for (const BundleBlobEntry &blob : blobs) {
        blobArray.append(QJsonObject{{QStringLiteral("sha256"), blob.sha256}, {QStringLiteral("size"), blob.size},
            {QStringLiteral("media_type"), blob.mediaType}, {QStringLiteral("original_name"), blob.originalName}});
    }
    QJsonArray opArray;
    for (const BundleOpEntry &op : ops) {
        opArray.append(QJsonObject{{QStringLiteral("op_id"), op.opId}, {QStringLiteral("entity"), op.entity},
            {QStringLiteral("id"), op.entityId}, {QStringLiteral("sha256"), op.sha256},
            {QStringLiteral("bytes"), op.bytes}});
    }
    const QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("motcua-bundle")},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("bundle_id"), bundleId},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("commune_code"), communeCode},
        {QStringLiteral("device_tag"), deviceTag},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("device_public_key"), BundleCrypto::toBase64Url(devicePublicKey)},
        {QStringLiteral("device_certificate"), BundleCrypto::toBase64Url(deviceCertificate)},
        {QStringLiteral("body_bytes"), bodyBytes},
        {QStringLiteral("blob_count"), blobs.size()},
        {QStringLiteral("op_count"), ops.size()},
        {QStringLiteral("blobs"), blobArray},
        {QStringLiteral("ops"), opArray},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<BundleManifest> BundleManifest::fromJson(const QByteArray &json)
{
    if (json.size() > BundleFormat::kMaxManifestBytes)
        return malformed(tr("too large"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(tr("not a JSON object"));
    Members top(document.object(), {},
        {"format", "format_version", "bundle_id", "device_id", "commune_code", "device_tag", "created_at",
            "device_public_key", "device_certificate", "body_bytes", "blob_count", "op_count", "blobs", "ops"});
    BundleManifest manifest;
    if (top.text("format", nullptr) != QLatin1String("motcua-bundle"))
        top.fail(QStringLiteral("format"), tr("must be \"motcua-bundle\""));
    manifest.formatVersion = static_cast<int>(top.integer("format_version", 1, 1000000));
    if (top.ok() && manifest.formatVersion != static_cast<int>(BundleFormat::kVersion)) {
        return makeError(QStringLiteral("bundle.unsupported_version"),
            tr("This bundle has format version %1; this program reads version %2. Update MotCua.")
                .arg(manifest.formatVersion)
                .arg(BundleFormat::kVersion));
    }
    manifest.bundleId = top.text("bundle_id", &isUuid);
    manifest.deviceId = top.text("device_id", &isUuid);
    manifest.communeCode = top.text("commune_code", &isCommune);
    manifest.deviceTag = top.text("device_tag", &isTag);
    const QString created = top.text("created_at", nullptr, 64);
    manifest.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (top.ok() && !manifest.createdAt.isValid())
        top.fail(QStringLiteral("created_at"), tr("must be an ISO 8601 time"));
    manifest.devicePublicKey = top.key("device_public_key", BundleCrypto::kPublicKeyBytes);
    manifest.deviceCertificate = top.key("device_certificate", BundleCrypto::kSignatureBytes);
    manifest.bodyBytes = top.integer("body_bytes", 0, std::numeric_limits<qint64>::max() / 2);
    const qint64 blobCount = top.integer("blob_count", 0, BundleFormat::kMaxBlobs);
    const qint64 opCount = top.integer("op_count", 0, BundleFormat::kMaxOps);
    const QJsonArray blobs = top.array("blobs");
    const QJsonArray ops = top.array("ops");
    if (!top.ok())
        return malformed(top.error());
    if (blobs.size() != blobCount || ops.size() != opCount)
        return malformed(tr("blob_count or op_count differs from the lists"));

    QSet<QString> seen;
    qint64 expectedBody = 0;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        Members member(blobs.at(i).toObject(), QStringLiteral("blobs[%1]").arg(i),
            {"sha256", "size", "media_type", "original_name"});
        BundleBlobEntry blob;
        blob.sha256 = member.text("sha256", &isSha256);
        blob.size = member.integer("size", 0, BundleFormat::kMaxBlobBytes);
        blob.mediaType = member.text("media_type", nullptr, 255);
        blob.originalName = member.text("original_name", nullptr, 255);
        if (!blobs.at(i).isObject())
            member.fail(QStringLiteral("$"), tr("must be an object"));
        if (member.ok() && seen.contains(blob.sha256))
            member.fail(QStringLiteral("sha256"), tr("appears twice"));
        if (!member.ok())
            return malformed(member.error());
        seen.insert(blob.sha256);
        expectedBody += BundleFormat::kRecordHeaderBytes + blob.size;
        manifest.blobs.append(blob);
    }
    seen.clear();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        Members member(
            ops.at(i).toObject(), QStringLiteral("ops[%1]").arg(i), {"op_id", "entity", "id", "sha256", "bytes"});
        BundleOpEntry op;
        op.opId = member.text("op_id", &isUuid);
        op.entity = member.text("entity", &isEntity);
        op.entityId = member.text("id", &isUuid);
        op.sha256 = member.text("sha256", &isSha256);
        op.bytes = member.integer("bytes", 2, BundleFormat::kMaxOpBytes);
        if (!ops.at(i).isObject())
            member.fail(QStringLiteral("$"), tr("must be an object"));
        if (member.ok() && seen.contains(op.opId))
            member.fail(QStringLiteral("op_id"), tr("appears twice"));
        if (!member.ok())
            return malformed(member.error());
        seen.insert(op.opId);
        expectedBody += BundleFormat::kRecordHeaderBytes + op.bytes;
        manifest.ops.append(op);
    }
    if (expectedBody != manifest.bodyBytes)
        return malformed(tr("body_bytes does not add up to the listed records"));
    return manifest;
}

} // namespace motcua
