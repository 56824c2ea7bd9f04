#pragma once

#include "DossierStatus.h"
#include "Procedure.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace motcua {

// A document handed in with a dossier.
struct ReceivedDocument
{
    QString title;
    DocumentKind kind = DocumentKind::Original;
    int count = 1;
    QString attachmentSha256; // empty when no scan is attached
    // The scan the dossier's record names while its bytes are not on this desk yet (made on another
    // desk, not on the server yet or not downloaded): "scan pending". Empty otherwise.
    QString pendingScanSha256;

    bool isScanPending() const { return !pendingScanSha256.isEmpty(); }
};

// One interval during which the statutory clock was stopped (supplement requested).
struct DossierPause
{
    QDateTime startedAt;
    QDateTime endedAt; // null while still paused
    int workingDays = 0; // added to the due date when the pause ended
};

// A citizen's dossier (hồ sơ). The UUID is made by the device that received it; the human code
// (DossierCode) is unique across devices without asking the server.
struct Dossier
{
    QUuid id;
    QString code;
    QString procedureCode;
    QString applicantName; // NFC
    QString citizenId; // 12 digits, normalized
    QString phone;
    QString address;
    QString email;
    DossierStatus status = DossierStatus::Received;
    QDateTime receivedAt; // Vietnam time
    QDate dueDate;
    QDateTime doneAt; // null until done
    QDateTime returnedAt; // null until returned
    QList<ReceivedDocument> documents;
    QList<DossierPause> pauses;
    int version = 0; // increases with every change; the base version of the next op
    QString communeCode;
    QString originDevice;

    bool isPaused() const { return !pauses.isEmpty() && !pauses.last().endedAt.isValid(); }
};

// One entry of the process-control record (phiếu kiểm soát) and audit trail.
struct DossierEvent
{
    QUuid id;
    QUuid dossierId;
    QDateTime at;
    QString actor;
    QString device;
    QString action; // "receive", "move", …
    std::optional<DossierStatus> fromStatus;
    DossierStatus toStatus = DossierStatus::Received;
    QString note;
    QUuid opId; // the outbox op written in the same transaction
};

} // namespace motcua
