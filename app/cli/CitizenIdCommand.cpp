#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "domain/CitizenId.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

// citizen-id NUMBER... [--json]: exit 0 when every number is valid, 1 otherwise.
int runCitizenId(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli citizen-id NUMBER... [--json]"),
        QCoreApplication::translate("motcua::cli", "Check and decode 12-digit citizen ID numbers."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    const QStringList numbers = parser.positional();
    if (numbers.isEmpty())
        return context.fail(QCoreApplication::translate("motcua::cli", "citizen-id needs at least one number"));

    const int currentYear = VietnamTime::now().date().year();
    QJsonArray results;
    bool allValid = true;
    for (const QString &number : numbers) {
        const auto parsed = CitizenId::parse(number, currentYear);
        QJsonObject item{{QStringLiteral("number"), parsed ? parsed->number : number},
            {QStringLiteral("valid"), parsed.ok()},
            {QStringLiteral("error"), parsed ? QJsonValue() : QJsonValue(parsed.error().message)},
            {QStringLiteral("error_code"), parsed ? QJsonValue() : QJsonValue(parsed.error().code)},
            {QStringLiteral("province_code"), parsed ? QJsonValue(parsed->provinceCode) : QJsonValue()},
            {QStringLiteral("province"), parsed ? QJsonValue(parsed->provinceName) : QJsonValue()},
            {QStringLiteral("gender"), parsed ? QJsonValue(CitizenId::genderKey(parsed->gender)) : QJsonValue()},
            {QStringLiteral("birth_year"), parsed ? QJsonValue(parsed->birthYear) : QJsonValue()}};
        results.append(item);
        allValid = allValid && parsed.ok();
        if (!parser.json()) {
            if (parsed) {
                context.out() << QCoreApplication::translate("motcua::cli", "%1  valid: %2, %3, born %4\n")
                                     .arg(parsed->number, parsed->provinceName, CitizenId::genderLabel(parsed->gender))
                                     .arg(parsed->birthYear);
            } else {
                context.out() << QCoreApplication::translate("motcua::cli", "%1  invalid: %2\n")
                                     .arg(number, parsed.error().message);
            }
        }
    }
    if (parser.json())
        context.printJson(QJsonDocument(results));
    context.out().flush();
    return allValid ? 0 : 1;
}

} // namespace motcua::cli
