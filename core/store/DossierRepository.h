#pragma once

#include "DossierQueries.h"
#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace motcua {

class Database;
class WorkCalendar;

// A document as the reception officer lists it on the receipt, with the scan to attach if any.
struct ReceiveDocumentRequest
{
    QString title;
    DocumentKind kind = DocumentKind::Original;
    int count = 1;
    QString sourceFile; // path of a scan to attach; empty for none
};

// What the reception desk typed for a new dossier.
struct ReceiveRequest
{
    QString procedureCode; // the current code or a legacy alias (procedure_aliases)
    QString applicantName;
    QString citizenId; // as typed; stored as the normalized 12 digits
    QString phone; // optional
    QString address; // optional
    QString email; // optional
    QDateTime receivedAt; // null: now
    QList<ReceiveDocumentRequest> documents;
    QString actor; // recorded in the "receive" event; empty: the repository's actor
};

// The dossiers of the local store: receipt, the moves of the legal workflow, lookups and lists.
// Every change writes, in one transaction, the dossier, exactly one dossier_events row and
// exactly one outbox op with the same op id (DESIGN.md "Local store"); a change that fails
// writes nothing.
//
// The dossier code's agency part is meta "agency_code" when set (the agency's electronic code),
// else meta "commune_code", else "00000" (a device not yet enrolled in a commune).
class DossierRepository final
{
public:
    DossierRepository(Database &database, const WorkCalendar &calendar, QString actor);
    ~DossierRepository();
    DossierRepository(const DossierRepository &) = delete;
    DossierRepository &operator=(const DossierRepository &) = delete;

    // Validates everything, then stores the attachments, the dossier, its documents, the
    // "receive" event and the outbox op in one durable transaction. Errors:
    // "dossier.unknown_procedure", "dossier.inactive_procedure", "dossier.applicant_name_required",
    // "citizen_id.*" (CitizenId::parse), "dossier.invalid_phone", "dossier.invalid_email",
    // "dossier.document_title_required", "dossier.document_count", "attachment.not_found",
    // "attachment.unreadable", "dossier.invalid_agency_code", "dossier.no_due_date", and store errors.
    Result<Dossier> receive(const ReceiveRequest &request);

    // The same for many dossiers in ONE transaction with reused prepared statements (imports,
    // benchmarks): all are validated first, and any invalid request fails the whole batch with
    // its error prefixed by its position. onReceived sees each stored dossier. The first call
    // raises the connection's page cache to 64 MB for the rest of its life (bulk imports come in
    // many batches).
    Status receiveMany(
        const QList<ReceiveRequest> &requests, const std::function<void(const Dossier &)> &onReceived = {});

    // Moves a dossier (by UUID or code) to `to` after DossierLifecycle::check. A supplement request
    // opens a pause; leaving "supplement requested" closes it and pushes the due date back by the
    // working days it lasted. at null: now; actor empty: the repository's actor. Errors:
    // "dossier.not_found", "lifecycle.*", "dossier.changed" (another writer got there first).
    Result<Dossier> move(const QString &idOrCode, DossierStatus to, const QString &note = {}, const QDateTime &at = {},
        const QString &actor = {});

    // Form 04: the agency apologizes for a delay and sets a new date to return the result. Moves the
    // due date of an open dossier (status unchanged) to newDueDate, a working day after both the
    // current due date and today, with an "apology" event (note: the reason and both dates) and
    // its outbox op, in one transaction. Errors: "dossier.not_found", "apology.reason_required",
    // "apology.closed" (the dossier is not open), "apology.invalid_date", "dossier.changed".
    Result<Dossier> reschedule(const QString &idOrCode, const QDate &newDueDate, const QString &reason,
        const QDateTime &at = {}, const QString &actor = {});

    // A new scan for the document at `position` (0-based): one the province server refused (too
    // large, or lost from this computer), or the wrong paper. Stores the file, points the document
    // at it, and writes the "replace_scan" event and its outbox op (the documents and the new scan's
    // reference) in one transaction; a refusal noted for the old scan is forgotten once no document
    // names it. Errors: "dossier.not_found", "dossier.no_document", "scan.same",
    // "attachment.not_found", "attachment.unreadable", "dossier.changed", and store errors.
    Result<Dossier> replaceScan(const QString &idOrCode, int position, const QString &sourceFile,
        const QDateTime &at = {}, const QString &actor = {});

    // Codes of the dossiers that were given a new date with form 04 (the register notes them).
    Result<QSet<QString>> apologizedCodes() const;

    // The dossier by UUID or code, with documents and pauses; "dossier.not_found".
    Result<Dossier> find(const QString &idOrCode) const;
    Result<QList<DossierEvent>> events(const QUuid &dossierId) const;
    Result<QList<DossierPause>> pauses(const QUuid &dossierId) const;

    // See DossierQueries.
    Status forEach(const DossierFilter &filter, const std::function<bool(const Dossier &)> &visit) const;
    Result<qint64> count(const DossierFilter &filter) const;
    Result<QMap<DossierStatus, qint64>> countByStatus(const DossierFilter &filter) const;

    // The agency part of new dossier codes (see the class comment).
    QString agencyCode() const;

private:
    struct Pending;
    struct WriteContext;
    struct Statements;

    Result<Pending> validate(const ReceiveRequest &request, WriteContext &context) const;
    Status store(Pending &pending, WriteContext &context);
    Status flushSequences(WriteContext &context);
    Status insertEventAndOp(const DossierEvent &event, int baseVersion, const QByteArray &fieldsJson,
        const QStringList &blobRefs, const QDateTime &queuedAt);
    // An event that leaves the dossier's status as it is (form 04, a replaced scan), with its op id.
    DossierEvent sameStatusEvent(const Dossier &dossier, const QDateTime &at, const QString &actor,
        const QString &action, const QString &note) const;
    Status loadChildren(Dossier &dossier) const;

    Database &m_database;
    const WorkCalendar &m_calendar;
    QString m_actor;
    std::unique_ptr<Statements> m_statements;
    bool m_bulkCache = false; // receiveMany raised the connection's page cache
};

} // namespace motcua
