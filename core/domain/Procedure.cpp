#include "Procedure.h"

#include <QCoreApplication>

namespace motcua {

QString documentKindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Original:
        return QStringLiteral("original");
    case DocumentKind::CertifiedCopy:
        return QStringLiteral("certified_copy");
    case DocumentKind::Photocopy:
        return QStringLiteral("photocopy");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromKey(const QString &key)
{
    for (auto kind : {DocumentKind::Original, DocumentKind::CertifiedCopy, DocumentKind::Photocopy}) {
        if (documentKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString documentKindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Original:
        return QCoreApplication::translate("motcua::Procedure", "Original");
    case DocumentKind::CertifiedCopy:
        return QCoreApplication::translate("motcua::Procedure", "Certified copy");
    case DocumentKind::Photocopy:
        return QCoreApplication::translate("motcua::Procedure", "Photocopy");
    }
    return {};
}

QString processingUnitKey(ProcessingUnit unit)
{
    return unit == ProcessingUnit::SameDay ? QStringLiteral("same_day") : QStringLiteral("working_days");
}

std::optional<ProcessingUnit> processingUnitFromKey(const QString &key)
{
    if (key == QLatin1String("same_day"))
        return ProcessingUnit::SameDay;
    if (key == QLatin1String("working_days"))
        return ProcessingUnit::WorkingDays;
    return std::nullopt;
}

} // namespace motcua
