#include "FieldText.h"

#include "domain/DossierStatus.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace motcua::clerk::FieldText {

QString label(const QString &key)
{
    static const QList<std::pair<const char *, const char *>> labels{
        {"procedure_code", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Procedure")},
        {"applicant_name", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Applicant")},
        {"citizen_id", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Citizen ID")},
        {"phone", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Phone")},
        {"address", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Address")},
        {"email", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Email")},
        {"status", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Status")},
        {"due_date", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Due date")},
        {"done_at", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Result ready")},
        {"returned_at", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Result returned")},
        {"pauses", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Pauses")},
        {"documents", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Documents")},
        {"code", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Dossier code")},
        {"received_at", QT_TRANSLATE_NOOP("motcua::clerk::FieldText", "Received")},
    };
    for (const auto &[name, title] : labels) {
        if (key == QLatin1String(name))
            return QCoreApplication::translate("motcua::clerk::FieldText", title);
    }
    return key;
}

QString value(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("motcua::clerk::FieldText", "(not carried)");
    if (value.isNull())
        return QCoreApplication::translate("motcua::clerk::FieldText", "(empty)");
    if (value.isArray()) {
        const int n = int(value.toArray().size());
        if (key == QLatin1String("documents"))
            return QCoreApplication::translate("motcua::clerk::FieldText", "%n document(s)", nullptr, n);
        if (key == QLatin1String("pauses"))
            return QCoreApplication::translate("motcua::clerk::FieldText", "%n pause(s)", nullptr, n);
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("motcua::clerk::FieldText", "yes")
                              : QCoreApplication::translate("motcua::clerk::FieldText", "no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    const QString text = value.toString();
    if (key == QLatin1String("status")) {
        if (const auto status = statusFromKey(text))
            return statusLabel(*status);
    }
    if (key.endsWith(QLatin1String("_at"))) {
        if (const auto at = VietnamTime::parseIso(text))
            return QLocale().toString(VietnamTime::toVietnam(*at), QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    if (key == QLatin1String("due_date")) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
    }
    return text.isEmpty() ? QCoreApplication::translate("motcua::clerk::FieldText", "(empty)") : text;
}

} // namespace motcua::clerk::FieldText
