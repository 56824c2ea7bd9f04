#include "DeskSettings.h"

#include "store/DiskSpace.h"

#include <QCoreApplication>

namespace motcua::desktop {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

DeskSettings::DeskSettings()
    : m_settings(QStringLiteral("MotCua"), QStringLiteral("MotCua"))
{
}

QString DeskSettings::language() const
{
    const QString value = m_settings.value(key("ui/language"), QStringLiteral("vi")).toString();
    return value == QLatin1String("en") ? value : QStringLiteral("vi");
}

void DeskSettings::setLanguage(const QString &language)
{
    m_settings.setValue(key("ui/language"), language == QLatin1String("en") ? language : QStringLiteral("vi"));
}

qint64 DeskSettings::lowDiskWarningBytes() const
{
    return m_settings.value(key("disk/lowWarningBytes"), DiskSpace::kLowBelowBytes).toLongLong();
}

QString DeskSettings::serverUrl() const
{
    return m_settings.value(key("sync/serverUrl")).toString();
}

void DeskSettings::setServerUrl(const QString &url)
{
    m_settings.setValue(key("sync/serverUrl"), url.trimmed());
}

QString DeskSettings::agencyName() const
{
    return m_settings
        .value(key("agency/name"),
            QCoreApplication::translate("motcua::desktop::DeskSettings", "Public Administration Service Center"))
        .toString();
}

QString DeskSettings::communeName() const
{
    return m_settings.value(key("agency/commune")).toString();
}

QString DeskSettings::province() const
{
    return m_settings.value(key("agency/province")).toString();
}

QString DeskSettings::returnPlace() const
{
    return m_settings
        .value(key("agency/returnPlace"),
            QCoreApplication::translate("motcua::desktop::DeskSettings", "At the one-stop desk"))
        .toString();
}

void DeskSettings::setAgency(
    const QString &agencyName, const QString &communeName, const QString &province, const QString &returnPlace)
{
    m_settings.setValue(key("agency/name"), agencyName.trimmed());
    m_settings.setValue(key("agency/commune"), communeName.trimmed());
    m_settings.setValue(key("agency/province"), province.trimmed());
    m_settings.setValue(key("agency/returnPlace"), returnPlace.trimmed());
}

QByteArray DeskSettings::windowGeometry() const
{
    return m_settings.value(key("window/geometry")).toByteArray();
}

QByteArray DeskSettings::windowState() const
{
    return m_settings.value(key("window/state")).toByteArray();
}

void DeskSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(key("window/geometry"), geometry);
    m_settings.setValue(key("window/state"), state);
}

QByteArray DeskSettings::windowGeometry(const QString &objectName) const
{
    return m_settings.value(QStringLiteral("windows/") + objectName).toByteArray();
}

void DeskSettings::setWindowGeometry(const QString &objectName, const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("windows/") + objectName, geometry);
}

} // namespace motcua::desktop
