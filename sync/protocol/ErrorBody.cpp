#include "ErrorBody.h"

#include "JsonReader.h"
#include "Limits.h"
#include "WireTypes.h"

#include <QHash>

namespace motcua::protocol {

namespace {

const QHash<QString, int> &statusTable()
{
    static const QHash<QString, int> table{
        {QLatin1String(errors::requestMalformed), 400},
        {QLatin1String(errors::requestBadEncoding), 400},
        {QLatin1String(errors::requestTooLarge), 413},
        {QLatin1String(errors::unsupportedEncoding), 415},
        {QLatin1String(errors::unsupportedMediaType), 415},
        {QLatin1String(errors::authMissing), 401},
        {QLatin1String(errors::authInvalid), 401},
        {QLatin1String(errors::authRevoked), 401},
        {QLatin1String(errors::enrollCodeUnknown), 401},
        {QLatin1String(errors::enrollCodeUsed), 410},
        {QLatin1String(errors::enrollCodeExpired), 410},
        {QLatin1String(errors::scopeCommune), 403},
        {QLatin1String(errors::notFound), 404},
        {QLatin1String(errors::blobPending), 404},
        {QLatin1String(errors::methodNotAllowed), 405},
        {QLatin1String(errors::blobOffsetMismatch), 409},
        {QLatin1String(errors::blobSizeMismatch), 409},
        {QLatin1String(errors::blobChunkMismatch), 400},
        {QLatin1String(errors::blobHashMismatch), 422},
        {QLatin1String(errors::rangeNotSatisfiable), 416},
        {QLatin1String(errors::protocolOutdated), 426},
        {QLatin1String(errors::rateLimited), 429},
        {QLatin1String(errors::unavailable), 503},
        {QLatin1String(errors::internal), 500},
        {QLatin1String(errors::quotaExceeded), 507},
    };
    return table;
}

} // namespace

QString protocolOutdatedMessage()
{
    return QString::fromUtf8("Cần cập nhật MotCua: máy chủ tỉnh dùng giao thức motcua-sync/2. / "
                             "Update MotCua: the province server speaks motcua-sync/2.");
}

int httpStatusFor(const QString &code)
{
    return statusTable().value(code, 500);
}

bool isKnownErrorCode(const QString &code)
{
    return statusTable().contains(code);
}

Result<ErrorBody> ErrorBody::fromJson(const QByteArray &body)
{
    const QString code = QString::fromLatin1(errors::responseMalformed);
    auto object = JsonReader::parseBody(body, limits::maxSmallBody, code);
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<ErrorBody> ErrorBody::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader root(object, path, QString::fromLatin1(errors::responseMalformed));
    const QJsonObject error = root.object("error");
    if (!root.ok())
        return root.error();
    JsonReader reader(error, JsonReader::join(path, QStringLiteral("error")), root.errorCode());
    ErrorBody result;
    result.code = reader.token("code", &isErrorCode,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "dotted lower-case words (e.g. auth.revoked)"));
    // A message is for people: an empty or missing one is tolerated, a wrong type is not.
    result.message = reader.optionalText("message", limits::maxMessageLength).value_or(QString());
    if (!reader.ok())
        return reader.error();
    result.received = root.optionalInteger("received", 0, limits::maxBlobBytes);
    if (!root.ok())
        return root.error();
    return result;
}

QJsonObject ErrorBody::toJson() const
{
    QJsonObject object{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
    if (received)
        object.insert(QStringLiteral("received"), *received);
    return object;
}

ErrorBody ErrorBody::offsetMismatch(qint64 received, const QString &message)
{
    ErrorBody body = fromError(Error{QString::fromLatin1(errors::blobOffsetMismatch), message});
    body.received = received;
    return body;
}

ErrorBody ErrorBody::fromError(const Error &error)
{
    ErrorBody body;
    body.code = isErrorCode(error.code) ? error.code : QString::fromLatin1(errors::internal);
    // The wire message is one clean line of bounded length whatever produced it.
    QString message = error.message.left(limits::maxMessageLength);
    for (QChar &c : message) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            c = u' ';
    }
    if (!message.isEmpty() && message.back().isHighSurrogate())
        message.chop(1); // left() may have cut a surrogate pair in two
    body.message = message.isValidUtf16() ? message.trimmed() : QString();
    return body;
}

int parseRetryAfter(const QByteArray &header, const QDateTime &nowUtc)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool digitsOnly = value.size() <= 10;
    for (const char c : value)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    qint64 seconds = -1;
    if (digitsOnly) {
        seconds = value.toLongLong();
    } else {
        // HTTP dates (IMF-fixdate) end in "GMT", which Qt's RFC 2822 reader wants as "+0000".
        QString text = QString::fromLatin1(value);
        if (text.endsWith(QLatin1String(" GMT")))
            text = text.chopped(3) + QLatin1String("+0000");
        const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
        if (!at.isValid())
            return -1;
        seconds = qMax<qint64>(0, nowUtc.secsTo(at));
    }
    return static_cast<int>(qMin<qint64>(seconds, limits::maxRetryAfterSeconds));
}

} // namespace motcua::protocol
