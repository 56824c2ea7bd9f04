#include "QueryReader.h"

#include "ErrorBody.h"

#include <QCoreApplication>
#include <QSet>

namespace motcua::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::QueryReader", text);
}

} // namespace

QueryReader::QueryReader(const QUrlQuery &query, std::initializer_list<const char *> allowed)
    : m_query(query)
{
    QSet<QString> seen;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, unused] : items) {
        bool known = false;
        for (const char *candidate : allowed)
            known = known || name == QLatin1String(candidate);
        const QString shown = u'?' + name.left(64);
        if (!known) {
            m_error = makeError(
                QString::fromLatin1(errors::requestMalformed), shown + QStringLiteral(": ") + tr("unknown parameter"));
            return;
        }
        if (seen.contains(name)) {
            m_error = makeError(QString::fromLatin1(errors::requestMalformed),
                shown + QStringLiteral(": ") + tr("given more than once"));
            return;
        }
        seen.insert(name);
    }
}

std::optional<QString> QueryReader::value(const char *name)
{
    if (!ok() || !m_query.hasQueryItem(QLatin1String(name)))
        return std::nullopt;
    return m_query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QString QueryReader::required(const char *name)
{
    const auto result = value(name);
    if (!result && ok())
        fail(name, tr("is required"));
    return result.value_or(QString());
}

std::optional<qint64> QueryReader::integer(const char *name, qint64 min, qint64 max)
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    bool digits = !text->isEmpty() && text->size() <= 18 && (text->size() == 1 || text->at(0) != u'0');
    for (const QChar c : *text)
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits) {
        fail(name, tr("must be a decimal integer"));
        return std::nullopt;
    }
    const qint64 number = text->toLongLong();
    if (number < min || number > max) {
        fail(name, tr("must be an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

void QueryReader::fail(const char *name, const QString &reason)
{
    if (!m_error) {
        m_error = makeError(
            QString::fromLatin1(errors::requestMalformed), u'?' + QLatin1String(name) + QStringLiteral(": ") + reason);
    }
}

} // namespace motcua::protocol
