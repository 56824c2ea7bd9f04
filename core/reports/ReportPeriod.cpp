#include "ReportPeriod.h"

#include <QCoreApplication>

namespace motcua {

Status checkReportPeriod(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && from <= to)
        return {};
    return makeError(QStringLiteral("report.period"),
        QCoreApplication::translate(
            "motcua::Reports", "The report period must run from a date to the same or a later date."));
}

} // namespace motcua
