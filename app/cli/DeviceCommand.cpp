#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::cli {

// device [--commune CODE] [--agency CODE] [--json]: shows (and sets) who this installation is.
int runDevice(CliContext &context, const QStringList &args)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("motcua::cli", text); };
    ArgParser parser(QStringLiteral("motcua-cli device [--commune CODE] [--agency CODE] [--json]"),
        tr("Show this installation's identity; set the commune and agency code used in dossier codes."));
    parser.addOption(QCommandLineOption(QStringLiteral("commune"), tr("The 5-digit commune code."), tr("code")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("agency"), tr("The agency code printed in dossier codes."), tr("code")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    auto db = context.database();
    if (!db)
        return context.fail(db.error());

    if (parser.isSet(QStringLiteral("commune")) || parser.isSet(QStringLiteral("agency"))) {
        if (auto allowed = context.require(Permission::ChangeSettings); !allowed)
            return context.fail(allowed.error());
    }
    static const QRegularExpression communePattern(QStringLiteral("^\\d{5}$"));
    static const QRegularExpression agencyPattern(QStringLiteral("^[A-Za-z0-9.]{1,32}$"));
    const QString commune = parser.value(QStringLiteral("commune"));
    const QString agency = parser.value(QStringLiteral("agency"));
    if (parser.isSet(QStringLiteral("commune")) && !communePattern.match(commune).hasMatch())
        return context.fail(tr("--commune needs the 5-digit commune code, e.g. 01234"));
    if (parser.isSet(QStringLiteral("agency")) && !agencyPattern.match(agency).hasMatch())
        return context.fail(tr("--agency may hold letters, digits and dots only, e.g. 000.00.01.H26"));
    auto status = (*db)->write([&]() -> Status {
        if (parser.isSet(QStringLiteral("commune"))) {
            if (auto s = (*db)->setMeta(QStringLiteral("commune_code"), commune); !s)
                return s;
        }
        if (parser.isSet(QStringLiteral("agency")))
            return (*db)->setMeta(QStringLiteral("agency_code"), agency);
        return {};
    });
    if (!status)
        return context.fail(status.error());

    const QJsonObject info{{QStringLiteral("device_id"), (*db)->deviceId()},
        {QStringLiteral("device_tag"), (*db)->deviceTag()},
        {QStringLiteral("commune_code"), (*db)->meta(QStringLiteral("commune_code"))},
        {QStringLiteral("agency_code"), (*db)->meta(QStringLiteral("agency_code"))},
        {QStringLiteral("data_dir"), context.dataDir()}};
    if (parser.json()) {
        context.printJson(QJsonDocument(info));
    } else {
        for (auto it = info.begin(); it != info.end(); ++it)
            context.out() << it.key() << QStringLiteral(": ") << it.value().toString() << Qt::endl;
    }
    return 0;
}

} // namespace motcua::cli
