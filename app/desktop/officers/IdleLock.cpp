#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace motcua::desktop {

IdleLock::IdleLock(int minutes, QObject *parent)
    : IdleLock(std::chrono::minutes(std::max(1, minutes)), parent)
{
}

IdleLock::IdleLock(std::chrono::milliseconds idle, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Precise: a coarse timer of minutes is rounded to whole seconds, and the time left it reports
    // would not show a restart.
    m_timer->setTimerType(Qt::PreciseTimer);
    setIdle(idle);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            emit locked();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    setIdle(std::chrono::minutes(std::max(1, minutes)));
}

void IdleLock::setIdle(std::chrono::milliseconds idle)
{
    m_timer->setInterval(idle);
    m_timer->start();
}

int IdleLock::remainingMs() const
{
    return m_paused ? -1 : m_timer->remainingTime();
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_paused)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace motcua::desktop
