#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace motcua::desktop {

// Locks the session after the officer left the desk: any key or mouse input in the application
// restarts the countdown; when it runs out, locked() asks for the password again.
class IdleLock final : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(int minutes, QObject *parent = nullptr);
    // Any period (tests use milliseconds).
    explicit IdleLock(std::chrono::milliseconds idle, QObject *parent = nullptr);

    void setMinutes(int minutes);
    void setIdle(std::chrono::milliseconds idle);
    // Time left before the lock, in milliseconds (-1 while paused or stopped).
    int remainingMs() const;
    void setPaused(bool paused); // while the lock dialog itself is shown

signals:
    void locked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_paused = false;
};

} // namespace motcua::desktop
