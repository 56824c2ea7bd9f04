#pragma once

#include "domain/Result.h"

#include <QDate>

namespace motcua {

// A report's period runs from a date to the same or a later date (Vietnamese calendar dates,
// both included). "report.period" otherwise, with a message for the officer.
Status checkReportPeriod(const QDate &from, const QDate &to);

} // namespace motcua
