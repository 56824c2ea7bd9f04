#include "ConnectionLimiter.h"

namespace motcua::server::http {

ConnectionLimiter::ConnectionLimiter(int maxTotal, int maxPerAddress, QList<QHostAddress> exempt)
    : m_maxTotal(maxTotal)
    , m_maxPerAddress(maxPerAddress)
    , m_exempt(std::move(exempt))
{
}

ConnectionLimiter::Ticket ConnectionLimiter::admit(const QHostAddress &address)
{
    const bool counted = !m_exempt.contains(address);
    {
        const std::lock_guard lock(m_mutex);
        if (m_total >= m_maxTotal)
            return nullptr;
        if (counted) {
            int &open = m_perAddress[address];
            if (open >= m_maxPerAddress) {
                if (open == 0)
                    m_perAddress.remove(address);
                return nullptr;
            }
            ++open;
        }
        ++m_total;
    }
    // The pointer itself carries nothing; its deleter gives the place back.
    return Ticket(this, [address, counted](ConnectionLimiter *limiter) { limiter->release(address, counted); });
}

int ConnectionLimiter::openConnections() const
{
    const std::lock_guard lock(m_mutex);
    return m_total;
}

void ConnectionLimiter::release(const QHostAddress &address, bool counted)
{
    const std::lock_guard lock(m_mutex);
    --m_total;
    if (!counted)
        return;
    const auto found = m_perAddress.find(address);
    if (found != m_perAddress.end() && --*found <= 0)
        m_perAddress.erase(found);
}

} // namespace motcua::server::http
