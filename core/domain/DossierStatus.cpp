#include "DossierStatus.h"

#include <QCoreApplication>

namespace motcua {

QList<DossierStatus> allStatuses()
{
    return {DossierStatus::Received, DossierStatus::InProcess, DossierStatus::SupplementRequested,
        DossierStatus::FinancialObligation, DossierStatus::Done, DossierStatus::Returned, DossierStatus::Refused,
        DossierStatus::Withdrawn, DossierStatus::Stopped};
}

QString statusKey(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
        return QStringLiteral("received");
    case DossierStatus::InProcess:
        return QStringLiteral("in_process");
    case DossierStatus::SupplementRequested:
        return QStringLiteral("supplement_requested");
    case DossierStatus::FinancialObligation:
        return QStringLiteral("financial_obligation");
    case DossierStatus::Done:
        return QStringLiteral("done");
    case DossierStatus::Returned:
        return QStringLiteral("returned");
    case DossierStatus::Refused:
        return QStringLiteral("refused");
    case DossierStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case DossierStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

std::optional<DossierStatus> statusFromKey(const QString &key)
{
    for (auto status : allStatuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString statusLabel(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
        return QCoreApplication::translate("motcua::DossierStatus", "Received");
    case DossierStatus::InProcess:
        return QCoreApplication::translate("motcua::DossierStatus", "In process");
    case DossierStatus::SupplementRequested:
        return QCoreApplication::translate("motcua::DossierStatus", "Supplement requested");
    case DossierStatus::FinancialObligation:
        return QCoreApplication::translate("motcua::DossierStatus", "Financial obligation due");
    case DossierStatus::Done:
        return QCoreApplication::translate("motcua::DossierStatus", "Done, awaiting collection");
    case DossierStatus::Returned:
        return QCoreApplication::translate("motcua::DossierStatus", "Result returned");
    case DossierStatus::Refused:
        return QCoreApplication::translate("motcua::DossierStatus", "Refused");
    case DossierStatus::Withdrawn:
        return QCoreApplication::translate("motcua::DossierStatus", "Withdrawn");
    case DossierStatus::Stopped:
        return QCoreApplication::translate("motcua::DossierStatus", "Processing stopped");
    }
    return {};
}

bool isOpen(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
    case DossierStatus::InProcess:
    case DossierStatus::SupplementRequested:
    case DossierStatus::FinancialObligation:
        return true;
    default:
        return false;
    }
}

bool isTerminal(DossierStatus status)
{
    return status == DossierStatus::Returned || status == DossierStatus::Refused || status == DossierStatus::Withdrawn
        || status == DossierStatus::Stopped;
}

bool clockRuns(DossierStatus status)
{
    return isOpen(status) && status != DossierStatus::SupplementRequested;
}

} // namespace motcua
