#include "WireTypes.h"

#include "Limits.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace motcua::protocol {

namespace {

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigits(const QString &text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return false;
    for (qsizetype i = from; i < from + count; ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return false;
    }
    return true;
}

} // namespace

QString apiPath(const char *endpoint)
{
    return QLatin1String(basePath) + u'/' + QLatin1String(endpoint);
}

bool isKnownEntity(const QString &entity)
{
    return entity == QLatin1String(entityDossier) || entity == QLatin1String(entityCatalog)
        || entity == QLatin1String(entityCalendar) || entity == QLatin1String(entityDossierEvent)
        || entity == QLatin1String(entityScan);
}

bool isPushableEntity(const QString &entity)
{
    return entity == QLatin1String(entityDossier);
}

bool isEntityName(const QString &entity)
{
    if (entity.isEmpty() || entity.size() > 32 || entity.at(0) < u'a' || entity.at(0) > u'z')
        return false;
    for (const QChar c : entity) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

bool isCanonicalUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    bool allZero = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!isLowerHex(c)) {
            return false;
        } else if (c != u'0') {
            allZero = false;
        }
    }
    return !allZero;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString scanChangeId(const QString &communeCode, const QString &sha256)
{
    static const QUuid ns = QUuid::fromString(QLatin1String(scanIdNamespace));
    return uuidText(QUuid::createUuidV5(ns, (communeCode + u'/' + sha256).toUtf8()));
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!isLowerHex(c))
            return false;
    }
    return true;
}

bool isSha256Hex(const QByteArray &text)
{
    return isSha256Hex(QString::fromLatin1(text));
}

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

bool isNonce(const QString &text)
{
    if (text.size() < limits::minNonceLength || text.size() > limits::maxNonceLength)
        return false;
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

QString makeNonce()
{
    // 24 random bytes give exactly 32 base64url characters, no padding.
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > limits::maxCursorLength)
        return false;
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_' && c != u'.' && c != u'~')
            return false;
    }
    return true;
}

bool isCommuneCode(const QString &text)
{
    return text.size() == 5 && isDigits(text, 0, 5);
}

bool isDeviceTag(const QString &text)
{
    if (text.size() != 4)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = c >= u'A' && c <= u'Z' && c != u'I' && c != u'L' && c != u'O' && c != u'U';
        if (!digit && !letter)
            return false;
    }
    return true;
}

bool isCleanText(const QString &text)
{
    if (!text.isValidUtf16())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return false;
    }
    return text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
}

bool isErrorCode(const QString &text)
{
    if (text.isEmpty() || text.size() > limits::maxCodeLength)
        return false;
    bool wordStart = true;
    for (const QChar c : text) {
        if (c == u'.') {
            if (wordStart)
                return false;
            wordStart = true;
            continue;
        }
        const bool letter = c >= u'a' && c <= u'z';
        const bool other = (c >= u'0' && c <= u'9') || c == u'_';
        if (wordStart ? !letter : !(letter || other))
            return false;
        wordStart = false;
    }
    return !wordStart;
}

bool isIsoTimestamp(const QString &text)
{
    // YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM): Qt alone also accepts dates without a time or offset.
    if (text.size() < 20 || text.size() > 35 || !isDigits(text, 0, 4) || text.at(4) != u'-' || !isDigits(text, 5, 2)
        || text.at(7) != u'-' || !isDigits(text, 8, 2) || text.at(10) != u'T' || !isDigits(text, 11, 2)
        || text.at(13) != u':' || !isDigits(text, 14, 2) || text.at(16) != u':' || !isDigits(text, 17, 2)) {
        return false;
    }
    qsizetype pos = 19;
    if (pos < text.size() && text.at(pos) == u'.') {
        const qsizetype start = ++pos;
        while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9')
            ++pos;
        if (pos == start || pos - start > 9)
            return false;
    }
    const QString zone = text.mid(pos);
    const bool offset = zone.size() == 6 && (zone.at(0) == u'+' || zone.at(0) == u'-') && isDigits(zone, 1, 2)
        && zone.at(3) == u':' && isDigits(zone, 4, 2);
    if (zone != QLatin1String("Z") && !offset)
        return false;
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace motcua::protocol
