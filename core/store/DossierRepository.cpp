#include "DossierRepository.h"

#include "AttachmentStore.h"
#include "Database.h"
#include "DossierJson.h"
#include "DossierSql.h"
#include "IsoTime.h"
#include "Outbox.h"
#include "domain/CitizenId.h"
#include "domain/ContactDetails.h"
#include "domain/Deadline.h"
#include "domain/DossierCode.h"
#include "domain/DossierLifecycle.h"
#include "domain/TextFold.h"
#include "domain/TimeOrderedUuid.h"
#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace motcua {

using namespace DossierSql;

namespace {
constexpr int kBulkCacheKiB = 64 * 1024;
}

// A request that passed validation: everything but what the transaction assigns.
struct DossierRepository::Pending
{
    Dossier dossier;
    QStringList sourceFiles; // per document, empty when no scan
    QString actor; // ReceiveRequest::actor
};

// What one write (one receipt, or a whole batch) looks up once.
struct DossierRepository::WriteContext
{
    struct Procedure
    {
        QString code;
        bool active = true;
        int workingDays = 0;
    };

    QHash<QString, std::optional<Procedure>> procedures; // by the code as typed
    QHash<QString, int> sequences; // legal day → last value used
    QStringList dirtyDays;
    QStringList createdBlobs; // scan files this write created: removed again if it rolls back
    std::optional<QString> agency;
    QString commune;
    // This installation's identity, read with the agency at the first receipt of a write: an
    // enrollment made while the desk runs gives new dossiers the server's tag and device at once.
    QString deviceId;
    QString deviceTag;
    QDateTime queuedAt = VietnamTime::now(); // created_at of the outbox ops of this write
    bool indexNamesLater = false; // a bulk receipt indexes the whole batch at the end
};

struct DossierRepository::Statements
{
    explicit Statements(Database &database)
        : outbox(database)
        , attachments(database)
    {
    }

    Outbox outbox;
    AttachmentStore attachments;
    std::optional<QSqlQuery> findProcedure;
    std::optional<QSqlQuery> findAlias;
    std::optional<QSqlQuery> readSequence;
    std::optional<QSqlQuery> writeSequence;
    Statement insertDossier;
    Statement indexName;
    Statement insertDocument;
    Statement insertEvent;
};

DossierRepository::DossierRepository(Database &database, const WorkCalendar &calendar, QString actor)
    : m_database(database)
    , m_calendar(calendar)
    , m_actor(std::move(actor))
    , m_statements(std::make_unique<Statements>(database))
{
}

DossierRepository::~DossierRepository() = default;

QString DossierRepository::agencyCode() const
{
    for (const char *key : {"agency_code", "commune_code"}) {
        const QString value = m_database.meta(QString::fromLatin1(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("00000");
}

Result<DossierRepository::Pending> DossierRepository::validate(
    const ReceiveRequest &request, WriteContext &context) const
{
    const QSqlDatabase db = m_database.connection();
    const QString typedCode = request.procedureCode.trimmed();
    if (!context.procedures.contains(typedCode)) {
        std::optional<WriteContext::Procedure> row;
        const QVariantList key{typedCode};
        const QString columns = QStringLiteral("SELECT p.code, p.active, p.processing_days, p.processing_unit ");
        if (auto s
            = run(m_statements->findProcedure, db, columns + QStringLiteral("FROM procedures p WHERE p.code = ?"), key);
            !s)
            return s.error();
        auto values = firstRow(*m_statements->findProcedure, 4);
        if (!values) {
            // A legacy code typed from an old record: its renumbered procedure.
            if (auto s = run(m_statements->findAlias, db,
                    columns
                        + QStringLiteral("FROM procedure_aliases a JOIN procedures p "
                                         "ON p.code = a.procedure_code WHERE a.alias = ?"),
                    key);
                !s) {
                return s.error();
            }
            values = firstRow(*m_statements->findAlias, 4);
        }
        if (values) {
            const bool sameDay = values->at(3).toString() == QLatin1String("same_day");
            row = WriteContext::Procedure{
                values->at(0).toString(), values->at(1).toBool(), sameDay ? 0 : values->at(2).toInt()};
        }
        context.procedures.insert(typedCode, row);
    }
    const std::optional<WriteContext::Procedure> procedure = context.procedures.value(typedCode);
    if (!procedure) {
        return makeError(QStringLiteral("dossier.unknown_procedure"),
            tr("There is no procedure with the code \"%1\" in the catalog.").arg(typedCode));
    }
    if (!procedure->active) {
        return makeError(QStringLiteral("dossier.inactive_procedure"),
            tr("The procedure %1 is no longer in force: it cannot receive new dossiers.").arg(procedure->code));
    }

    Pending pending;
    pending.actor = request.actor.trimmed();
    Dossier &dossier = pending.dossier;
    dossier.procedureCode = procedure->code;
    dossier.applicantName = TextFold::normalize(request.applicantName);
    if (dossier.applicantName.isEmpty()) {
        return makeError(QStringLiteral("dossier.applicant_name_required"), tr("Enter the applicant's full name."));
    }

    dossier.receivedAt = toStoredPrecision(request.receivedAt.isValid() ? request.receivedAt : VietnamTime::now());

    auto citizen = CitizenId::parse(request.citizenId, VietnamTime::legalDate(dossier.receivedAt).year());
    if (!citizen)
        return citizen.error();
    dossier.citizenId = citizen->number;

    auto phone = ContactDetails::phone(request.phone);
    if (!phone)
        return phone.error();
    dossier.phone = phone.value();
    auto email = ContactDetails::email(request.email);
    if (!email)
        return email.error();
    dossier.email = email.value();
    dossier.address = TextFold::normalize(request.address);

    for (const ReceiveDocumentRequest &document : request.documents) {
        ReceivedDocument received;
        received.title = TextFold::normalize(document.title);
        received.kind = document.kind;
        received.count = document.count;
        if (received.title.isEmpty()) {
            return makeError(
                QStringLiteral("dossier.document_title_required"), tr("Every document handed in needs a title."));
        }
        if (received.count < 1) {
            return makeError(QStringLiteral("dossier.document_count"),
                tr("The document \"%1\" needs a count of at least 1.").arg(received.title));
        }
        if (!document.sourceFile.isEmpty()) {
            const QFileInfo info(document.sourceFile);
            if (!info.exists()) {
                return makeError(QStringLiteral("attachment.not_found"),
                    tr("The scan of \"%1\" was not found: %2").arg(received.title, document.sourceFile));
            }
            QFile probe(document.sourceFile);
            if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
                return makeError(QStringLiteral("attachment.unreadable"),
                    tr("The scan of \"%1\" cannot be read: %2").arg(received.title, document.sourceFile));
            }
        }
        dossier.documents.append(received);
        pending.sourceFiles.append(document.sourceFile);
    }

    dossier.dueDate = Deadline::dueDate(m_calendar, dossier.receivedAt, procedure->workingDays);
    if (!dossier.dueDate.isValid()) {
        return makeError(QStringLiteral("dossier.no_due_date"),
            tr("No due date can be computed for a dossier received on %1.")
                .arg(VietnamTime::toIso(dossier.receivedAt)));
    }
    return pending;
}

Status DossierRepository::store(Pending &pending, WriteContext &context)
{
    const QSqlDatabase db = m_database.connection();
    Dossier &dossier = pending.dossier;

    if (!context.agency) {
        const QString agency = agencyCode();
        static const QRegularExpression agencyShape(QStringLiteral("^[A-Za-z0-9.]+$"));
        if (!agencyShape.match(agency).hasMatch()) {
            return makeError(QStringLiteral("dossier.invalid_agency_code"),
                tr("The agency code \"%1\" set for this device cannot start a dossier code: use "
                   "letters, digits and dots only.")
                    .arg(agency));
        }
        context.agency = agency;
        context.commune = m_database.meta(QStringLiteral("commune_code"));
        context.deviceId = m_database.deviceId();
        context.deviceTag = m_database.deviceTag();
    }

    // The scans reach the disk before the rows that name them can commit.
    QStringList blobRefs;
    for (qsizetype i = 0; i < pending.sourceFiles.size(); ++i) {
        if (pending.sourceFiles.at(i).isEmpty())
            continue;
        auto stored = m_statements->attachments.put(pending.sourceFiles.at(i));
        if (!stored)
            return stored.error();
        if (stored->created)
            context.createdBlobs.append(stored->sha256);
        dossier.documents[i].attachmentSha256 = stored->sha256;
        if (!blobRefs.contains(stored->sha256))
            blobRefs.append(stored->sha256);
    }

    const QDate day = VietnamTime::legalDate(dossier.receivedAt);
    const QString dayKey = day.toString(Qt::ISODate);
    if (!context.sequences.contains(dayKey)) {
        if (auto s = run(m_statements->readSequence, db,
                QStringLiteral("SELECT last_value FROM code_sequences WHERE day = ?"), {dayKey});
            !s) {
            return s;
        }
        const auto row = firstRow(*m_statements->readSequence, 1);
        context.sequences.insert(dayKey, row ? row->at(0).toInt() : 0);
    }
    const int sequence = context.sequences.value(dayKey) + 1;
    context.sequences.insert(dayKey, sequence);
    if (!context.dirtyDays.contains(dayKey))
        context.dirtyDays.append(dayKey);

    dossier.id = TimeOrderedUuid::next();
    dossier.code = DossierCode{*context.agency, day, context.deviceTag, sequence}.toString();
    dossier.status = DossierStatus::Received;
    dossier.version = 1;
    dossier.communeCode = context.commune;
    dossier.originDevice = context.deviceId;
    const QByteArray id = dossier.id.toByteArray(QUuid::WithoutBraces);
    const QByteArray receivedAt = IsoTime::utf8(dossier.receivedAt);

    Statement &insertDossier = m_statements->insertDossier;
    if (!insertDossier.prepare(db,
            "INSERT INTO dossiers (id, code, procedure_code, applicant_name, applicant_key, "
            "citizen_id, phone, address, email, status, received_at, due_date, version, "
            "updated_at, commune_code, origin_device) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        return writeError(insertDossier);
    insertDossier.bind(1, id);
    insertDossier.bind(2, dossier.code);
    insertDossier.bind(3, dossier.procedureCode);
    insertDossier.bind(4, dossier.applicantName);
    insertDossier.bind(5, TextFold::searchKey(dossier.applicantName));
    insertDossier.bind(6, dossier.citizenId);
    insertDossier.bind(7, dossier.phone);
    insertDossier.bind(8, dossier.address);
    insertDossier.bind(9, dossier.email);
    insertDossier.bind(10, statusKey(dossier.status));
    insertDossier.bind(11, receivedAt);
    insertDossier.bind(12, dossier.dueDate.toString(Qt::ISODate));
    insertDossier.bind(13, dossier.version);
    insertDossier.bind(14, receivedAt);
    insertDossier.bind(15, dossier.communeCode);
    insertDossier.bind(16, dossier.originDevice);
    if (!insertDossier.exec())
        return writeError(insertDossier);
    if (!context.indexNamesLater) {
        // Schema.cpp: the writer of a dossier indexes its name.
        Statement &indexName = m_statements->indexName;
        if (!indexName.prepare(db,
                "INSERT INTO dossier_search (rowid, applicant_key) "
                "SELECT local_id, applicant_key FROM dossiers WHERE local_id = ?"))
            return writeError(indexName);
        indexName.bind(1, insertDossier.lastInsertRowId());
        if (!indexName.exec())
            return writeError(indexName);
    }

    Statement &insertDocument = m_statements->insertDocument;
    if (!insertDocument.prepare(db,
            "INSERT INTO dossier_documents (dossier_id, position, title, kind, count, "
            "attachment_sha256) VALUES (?, ?, ?, ?, ?, ?)"))
        return writeError(insertDocument);
    for (qsizetype i = 0; i < dossier.documents.size(); ++i) {
        const ReceivedDocument &document = dossier.documents.at(i);
        insertDocument.bind(1, id);
        insertDocument.bind(2, static_cast<qint64>(i));
        insertDocument.bind(3, document.title);
        insertDocument.bind(4, documentKindKey(document.kind));
        insertDocument.bind(5, document.count);
        if (document.attachmentSha256.isEmpty())
            insertDocument.bindNull(6);
        else
            insertDocument.bind(6, document.attachmentSha256);
        if (!insertDocument.exec())
            return writeError(insertDocument);
    }

    DossierEvent event;
    event.id = TimeOrderedUuid::next();
    event.dossierId = dossier.id;
    event.at = dossier.receivedAt;
    event.actor = pending.actor.isEmpty() ? m_actor : pending.actor;
    event.device = context.deviceId;
    event.action = QStringLiteral("receive");
    event.toStatus = DossierStatus::Received;
    event.opId = TimeOrderedUuid::next();
    return insertEventAndOp(event, 0, DossierJson::dossierText(dossier, &event), blobRefs, context.queuedAt);
}

Status DossierRepository::flushSequences(WriteContext &context)
{
    for (const QString &day : std::as_const(context.dirtyDays)) {
        if (auto s = run(m_statements->writeSequence, m_database.connection(),
                QStringLiteral("INSERT INTO code_sequences (day, last_value) VALUES (?, ?) "
                               "ON CONFLICT (day) DO UPDATE SET last_value = excluded.last_value"),
                {day, context.sequences.value(day)});
            !s) {
            return s;
        }
    }
    context.dirtyDays.clear();
    return {};
}

Status DossierRepository::insertEventAndOp(const DossierEvent &event, int baseVersion, const QByteArray &fieldsJson,
    const QStringList &blobRefs, const QDateTime &queuedAt)
{
    Statement &insert = m_statements->insertEvent;
    if (!insert.prepare(m_database.connection(),
            "INSERT INTO dossier_events (id, dossier_id, at, actor, device, action, from_status, "
            "to_status, note, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        return writeError(insert);
    insert.bind(1, event.id.toByteArray(QUuid::WithoutBraces));
    insert.bind(2, event.dossierId.toByteArray(QUuid::WithoutBraces));
    insert.bind(3, IsoTime::utf8(event.at));
    insert.bind(4, event.actor);
    insert.bind(5, event.device);
    insert.bind(6, event.action);
    if (event.fromStatus)
        insert.bind(7, statusKey(*event.fromStatus));
    else
        insert.bindNull(7);
    insert.bind(8, statusKey(event.toStatus));
    insert.bind(9, event.note);
    insert.bind(10, event.opId.toByteArray(QUuid::WithoutBraces));
    if (!insert.exec())
        return writeError(insert);
    OutboxOp op;
    op.opId = event.opId;
    op.entity = QStringLiteral("dossier");
    op.entityId = uuidText(event.dossierId);
    op.baseVersion = baseVersion;
    op.fieldsJson = fieldsJson;
    op.blobRefs = blobRefs;
    op.createdAt = queuedAt;
    return m_statements->outbox.append(op);
}

DossierEvent DossierRepository::sameStatusEvent(
    const Dossier &dossier, const QDateTime &at, const QString &actor, const QString &action, const QString &note) const
{
    DossierEvent event;
    event.id = TimeOrderedUuid::next();
    event.dossierId = dossier.id;
    event.at = at;
    event.actor = actor.isEmpty() ? m_actor : actor;
    event.device = m_database.deviceId();
    event.action = action;
    event.fromStatus = dossier.status;
    event.toStatus = dossier.status;
    event.note = note;
    event.opId = TimeOrderedUuid::next();
    return event;
}

Result<Dossier> DossierRepository::receive(const ReceiveRequest &request)
{
    WriteContext context;
    auto pending = validate(request, context);
    if (!pending)
        return pending.error();
    auto status = m_database.write([&]() -> Status {
        if (auto s = store(pending.value(), context); !s)
            return s;
        return flushSequences(context);
    });
    if (!status) {
        m_statements->attachments.discardUnreferenced(context.createdBlobs);
        return status.error();
    }
    return pending->dossier;
}

Status DossierRepository::receiveMany(
    const QList<ReceiveRequest> &requests, const std::function<void(const Dossier &)> &onReceived)
{
    WriteContext context;
    QList<Pending> pendings;
    pendings.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto pending = validate(requests.at(i), context);
        if (!pending) {
            return makeError(pending.error().code,
                tr("Dossier %1 of %2: %3").arg(i + 1).arg(requests.size()).arg(pending.error().message));
        }
        pendings.append(std::move(pending).value());
    }
    const QSqlDatabase db = m_database.connection();
    // A batch dirties far more pages than the default 16 MB cache holds; spilling them to the WAL
    // mid-transaction and reading them back cost more than the inserts themselves. The larger cache
    // stays for the connection's life: imports come in many batches, and shrinking it after each
    // one handed the pages back to the system only to fault them in again for the next.
    if (!m_bulkCache) {
        QSqlQuery cache(db);
        if (!cache.exec(QStringLiteral("PRAGMA cache_size")) || !cache.next())
            return readError(cache);
        const int current = cache.value(0).toInt();
        cache.finish();
        // Negative sizes are KiB, positive ones pages (4 KiB: the store keeps SQLite's default).
        const qint64 currentKiB = current < 0 ? -qint64(current) : qint64(current) * 4;
        if (currentKiB < kBulkCacheKiB && !cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB)))
            return readError(cache);
        m_bulkCache = true;
    }

    context.indexNamesLater = true;
    auto status = m_database.write([&]() -> Status {
        // The names are indexed with one statement at the end (see dossier_search in Schema.cpp).
        QSqlQuery names(db);
        if (!names.exec(QStringLiteral("SELECT coalesce(max(local_id), 0) FROM dossiers")) || !names.next())
            return writeError(names);
        const qint64 lastBefore = names.value(0).toLongLong();
        names.finish();
        for (Pending &pending : pendings) {
            if (auto s = store(pending, context); !s)
                return s;
        }
        if (auto s = flushSequences(context); !s)
            return s;
        names.prepare(QStringLiteral("INSERT INTO dossier_search (rowid, applicant_key) "
                                     "SELECT local_id, applicant_key FROM dossiers WHERE local_id > ?"));
        names.addBindValue(lastBefore);
        if (!names.exec())
            return writeError(names);
        return {};
    });
    if (!status) {
        m_statements->attachments.discardUnreferenced(context.createdBlobs);
        return status;
    }
    // Only after the commit: a caller never sees a dossier that was rolled back.
    if (onReceived) {
        for (const Pending &pending : std::as_const(pendings))
            onReceived(pending.dossier);
    }
    return {};
}

} // namespace motcua
