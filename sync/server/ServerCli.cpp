#include "ServerCli.h"

#include "Routes.h"
#include "ServerStore.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstdio>

namespace motcua::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerCli", text);
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

int usage()
{
    err(tr("usage: motcua-server enroll --data DIR --commune CODE [--name NAME] [--json]\n"
           "       motcua-server devices --data DIR [--json]\n"
           "       motcua-server revoke --data DIR DEVICE\n"
           "       motcua-server serve --data DIR --listen HOST:PORT"));
    return 2;
}

// Options with a value, flags without, and positional arguments; nullopt for an unknown option.
struct Parsed
{
    QMap<QString, QString> options;
    bool json = false;
    QStringList positional;
};

std::optional<Parsed> parse(const QStringList &arguments, const QStringList &valueOptions)
{
    Parsed parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--json")) {
            parsed.json = true;
        } else if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            parsed.options.insert(argument, arguments[++i]);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return std::nullopt;
        } else {
            parsed.positional << argument;
        }
    }
    return parsed;
}

std::unique_ptr<ServerStore> openStore(const Parsed &parsed)
{
    const QString dir = parsed.options.value(QStringLiteral("--data"));
    Result<std::unique_ptr<ServerStore>> store = ServerStore::openDirectory(dir);
    if (!store) {
        err(store.error().message);
        return nullptr;
    }
    return std::move(store).value();
}

int enroll(const Parsed &parsed)
{
    const QString commune = parsed.options.value(QStringLiteral("--commune"));
    if (!protocol::isCommuneCode(commune)) {
        err(tr("--commune: must be the five digits of a commune code"));
        return 2;
    }
    const QString name = parsed.options.value(QStringLiteral("--name"), tr("Commune %1").arg(commune));
    if (!protocol::isCleanText(name) || name.isEmpty() || name.size() > 200) {
        err(tr("--name: must be 1 to 200 characters of plain text"));
        return 2;
    }
    const std::unique_ptr<ServerStore> store = openStore(parsed);
    if (!store)
        return 1;
    const Result<IssuedCode> issued = store->issueCode(commune, name, QDateTime::currentDateTimeUtc());
    if (!issued) {
        err(issued.error().message);
        return 1;
    }
    const QString expires = issued->expiresAt.toString(Qt::ISODate);
    if (parsed.json) {
        const QJsonObject object{{QStringLiteral("code"), issued->code}, {QStringLiteral("commune_code"), commune},
            {QStringLiteral("expires_at"), expires}};
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    } else {
        out(tr("Enrollment code for %1 (%2): %3 (single use, expires %4)").arg(name, commune, issued->code, expires));
    }
    return 0;
}

int devices(const Parsed &parsed)
{
    const std::unique_ptr<ServerStore> store = openStore(parsed);
    if (!store)
        return 1;
    const Result<QList<DeviceInfo>> list = store->devices();
    if (!list) {
        err(list.error().message);
        return 1;
    }
    QJsonArray array;
    for (const DeviceInfo &device : *list) {
        if (parsed.json) {
            array.append(QJsonObject{{QStringLiteral("device_id"), device.deviceId},
                {QStringLiteral("commune_code"), device.communeCode},
                {QStringLiteral("commune_name"), device.communeName}, {QStringLiteral("device_tag"), device.deviceTag},
                {QStringLiteral("device_name"), device.deviceName},
                {QStringLiteral("enrolled_at"), device.enrolledAt.toString(Qt::ISODate)},
                {QStringLiteral("revoked_at"),
                    device.revokedAt ? QJsonValue(device.revokedAt->toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null)}});
        } else {
            out(QStringLiteral("%1  %2  %3  %4%5")
                    .arg(device.deviceId, device.communeCode, device.deviceTag, device.deviceName,
                        device.revokedAt ? tr("  (revoked)") : QString()));
        }
    }
    if (parsed.json)
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    return 0;
}

int revoke(const Parsed &parsed)
{
    if (parsed.positional.size() != 1)
        return usage();
    const std::unique_ptr<ServerStore> store = openStore(parsed);
    if (!store)
        return 1;
    if (const Status status = store->revoke(parsed.positional.first(), QDateTime::currentDateTimeUtc()); !status) {
        err(status.error().message);
        return 1;
    }
    out(tr("Revoked %1").arg(parsed.positional.first()));
    return 0;
}

int serve(const Parsed &parsed)
{
    const QString listen = parsed.options.value(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        err(tr("--listen: must be HOST:PORT, e.g. 127.0.0.1:8443"));
        return 2;
    }
    const std::unique_ptr<ServerStore> store = openStore(parsed);
    if (!store)
        return 1;
    Routes routes(*store);
    QHttpServer server;
    routes.install(server);
    const quint16 actual = server.listen(address, quint16(port));
    if (actual == 0) {
        err(tr("Cannot listen on %1.").arg(listen));
        return 1;
    }
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host) : host;
    // The first line is read by scripts and tests to learn the port when PORT was 0.
    out(QStringLiteral("listening on http://%1:%2").arg(shown).arg(actual));
    return QCoreApplication::exec();
}

} // namespace

int ServerCli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString command = arguments.first();
    const std::optional<Parsed> parsed = parse(arguments.mid(1),
        {QStringLiteral("--data"), QStringLiteral("--commune"), QStringLiteral("--name"), QStringLiteral("--listen")});
    if (!parsed || !parsed->options.contains(QStringLiteral("--data")))
        return usage();
    if (command == QLatin1String("enroll"))
        return enroll(*parsed);
    if (command == QLatin1String("devices"))
        return devices(*parsed);
    if (command == QLatin1String("revoke"))
        return revoke(*parsed);
    if (command == QLatin1String("serve"))
        return serve(*parsed);
    return usage();
}

} // namespace motcua::server
