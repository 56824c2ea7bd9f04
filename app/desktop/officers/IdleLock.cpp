#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace motcua::desktop {

IdleLock::IdleLock(int minutes, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    setMinutes(minutes);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            emit locked();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    m_timer->setInterval(std::max(1, minutes) * 60 * 1000);
    m_timer->start();
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
