#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace motcua {

class Database;

// One row of form 06, the dossier register (sổ theo dõi hồ sơ, DOMAIN.md "Forms").
struct RegisterRow
{
    int number = 0; // row number in the register, from 1
    QString code;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    QString applicantAddress;
    QDateTime receivedAt;
    QDate dueDate; // the appointment to return the result
    QDateTime handedOverAt; // first move to "in process"; null while still at reception
    QDateTime doneAt; // result ready
    QDateTime returnedAt; // result handed to the citizen
    QString status; // DossierStatus key
    QString timeliness; // "early", "on_time", "late", or empty (refused, withdrawn, stopped)
    QString note; // why it ended without a result, or the last note recorded
};

// The register for dossiers received from `from` to `to` (Vietnamese dates, inclusive), oldest
// first, streamed to `visit` in constant memory (a year of a large commune is tens of thousands
// of rows). Errors: "report.period" and store errors.
Status forEachRegisterRow(Database &database, const QDate &from, const QDate &to, const QDate &today,
    const std::function<void(const RegisterRow &)> &visit);

} // namespace motcua
