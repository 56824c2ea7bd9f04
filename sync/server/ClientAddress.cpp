#include "ClientAddress.h"

#include <QStringList>

namespace motcua::server {

namespace {

// An IPv4 address mapped into IPv6 (::ffff:a.b.c.d) compares as its IPv4 self.
QHostAddress unmapped(const QHostAddress &address)
{
    bool mapped = false;
    if (const quint32 ipv4 = address.toIPv4Address(&mapped); mapped)
        return QHostAddress(ipv4);
    return address;
}

// One X-Forwarded-For element: an address, possibly "[v6]:port" or "v4:port" as some proxies write.
QHostAddress forwardedAddress(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'[')) {
        const qsizetype end = text.indexOf(u']');
        text = end > 0 ? text.mid(1, end - 1) : QString();
    } else if (text.count(u':') == 1) {
        text = text.left(text.indexOf(u':'));
    }
    return unmapped(QHostAddress(text));
}

} // namespace

ClientAddress::ClientAddress(QList<QHostAddress> trustedProxies)
{
    for (const QHostAddress &address : trustedProxies)
        m_trusted.append({unmapped(address), address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32});
}

std::optional<ClientAddress> ClientAddress::fromOption(const QStringList &values)
{
    ClientAddress result;
    for (const QString &value : values) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
            const QString text = item.trimmed();
            QPair<QHostAddress, int> range = QHostAddress::parseSubnet(text);
            if (!text.contains(u'/')) {
                const QHostAddress single(text);
                if (single.isNull())
                    return std::nullopt;
                range = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
            }
            if (range.first.isNull())
                return std::nullopt;
            result.m_trusted.append({unmapped(range.first), range.second});
        }
    }
    return result;
}

bool ClientAddress::isTrusted(const QHostAddress &peer) const
{
    const QHostAddress address = unmapped(peer);
    for (const auto &[network, prefix] : m_trusted) {
        if (address.isInSubnet(network, prefix))
            return true;
    }
    return false;
}

QHostAddress ClientAddress::of(const http::HttpRequest &request) const
{
    QHostAddress client = unmapped(request.remoteAddress);
    if (!isTrusted(client))
        return client;
    // Several X-Forwarded-For headers are one list, in order.
    QStringList chain;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
            chain += QString::fromLatin1(value).split(u',');
    }
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const QHostAddress hop = forwardedAddress(chain[i]);
        // A hop that is not an address: nothing left of it can be believed; the last trusted
        // proxy is the client as far as we can tell.
        if (hop.isNull())
            break;
        client = hop;
        if (!isTrusted(hop))
            break;
    }
    return client;
}

} // namespace motcua::server
