#include "ContactDetails.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::ContactDetails {

namespace {

// The messages keep the context they had in DossierRepository, with their translations.
QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::DossierRepository", text);
}

} // namespace

Result<QString> phone(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return QString();
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-()]"));
    static const QRegularExpression phoneShape(QStringLiteral("^(\\+84|84|0)[0-9]{8,10}$"));
    QString number = typed;
    number.remove(separators);
    if (!phoneShape.match(number).hasMatch()) {
        return makeError(QStringLiteral("dossier.invalid_phone"),
            tr("\"%1\" is not a phone number: expect 10 digits starting with 0, or +84.").arg(typed.trimmed()));
    }
    return number;
}

Result<QString> email(const QString &typed)
{
    const QString address = typed.trimmed();
    if (address.isEmpty())
        return address;
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailShape.match(address).hasMatch())
        return makeError(QStringLiteral("dossier.invalid_email"), tr("\"%1\" is not an e-mail address.").arg(address));
    return address;
}

} // namespace motcua::ContactDetails
