#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace motcua::desktop {

// The desk's per-user preferences (QSettings, organization "MotCua", application "MotCua"): typed
// keys with their defaults in one place. Store-wide policy (idle lock) lives in the store instead,
// because it must hold for every officer of the machine.
class DeskSettings final
{
public:
    DeskSettings();

    QString language() const; // "vi" (default) or "en"
    void setLanguage(const QString &language);

    QString serverUrl() const; // last province server typed in the enrollment dialog
    void setServerUrl(const QString &url);

    // What the printed forms say about the agency.
    QString agencyName() const;
    QString communeName() const;
    QString province() const;
    QString returnPlace() const;
    void setAgency(
        const QString &agencyName, const QString &communeName, const QString &province, const QString &returnPlace);

    // Free disk space below which the desk warns before an intake (default DiskSpace::kLowBelowBytes).
    qint64 lowDiskWarningBytes() const;

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    // The last geometry of a named dialog or tool window (WindowFit).
    QByteArray windowGeometry(const QString &objectName) const;
    void setWindowGeometry(const QString &objectName, const QByteArray &geometry);

private:
    QSettings m_settings;
};

} // namespace motcua::desktop
