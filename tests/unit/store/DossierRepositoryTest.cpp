#include "store/DossierRepository.h"
#include "domain/Deadline.h"
#include "domain/DossierCode.h"
#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/IsoTime.h"
#include "store/Outbox.h"
#include "store/ScanUploads.h"
#include "store/SyncAttention.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace motcua;
using namespace motcua::testing;

namespace {

QDateTime vn(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), VietnamTime::zone());
}

// A store with the test catalog and a repository acting as one reception officer.
struct Desk
{
    Desk()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(failure(opened) == QString());
        db = std::move(opened).value();
        REQUIRE(insertTestCatalog(*db));
        repository = std::make_unique<DossierRepository>(*db, calendar, QStringLiteral("canbo.tiepnhan"));
    }

    TempDir dir;
    TempDir sources;
    WorkCalendar calendar;
    std::unique_ptr<Database> db;
    std::unique_ptr<DossierRepository> repository;
};

ReceiveRequest request(
    const QString &name = QStringLiteral("Nguyễn Văn An"), const QDateTime &at = vn(2026, 11, 23, 9, 0))
{
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.004884");
    r.applicantName = name;
    r.citizenId = QStringLiteral("001 099 012345");
    r.phone = QStringLiteral("0912 345 678");
    r.address = QStringLiteral("Thôn Nà Sang, xã Mường Chà");
    r.receivedAt = at;
    r.documents = {{QStringLiteral("Tờ khai đăng ký lại khai sinh"), DocumentKind::Original, 1, {}},
        {QStringLiteral("Bản sao giấy tờ hộ tịch"), DocumentKind::Photocopy, 2, {}}};
    return r;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QList<OutboxOp> opsOf(Database &db, const Dossier &dossier)
{
    QList<OutboxOp> ops;
    const QList<OutboxOp> pending = Outbox(db).pending(-1).value();
    for (const OutboxOp &op : pending) {
        if (op.entityId == dossier.id.toString(QUuid::WithoutBraces))
            ops.append(op);
    }
    return ops;
}

QStringList namesOf(DossierRepository &repository, const DossierFilter &filter)
{
    QStringList names;
    auto status = repository.forEach(filter, [&](const Dossier &dossier) {
        names.append(dossier.applicantName);
        return true;
    });
    REQUIRE(failure(status) == QString());
    return names;
}

} // namespace

TEST_CASE("Receiving a dossier stores it with one receive event and one outbox op sharing the op id")
{
    Desk desk;
    auto received = desk.repository->receive(request());
    REQUIRE(failure(received) == QString());
    const Dossier &dossier = *received;

    const QString tag = desk.db->deviceTag();
    CHECK(dossier.code == QStringLiteral("00000-261123-%1-0001").arg(tag));
    CHECK(DossierCode::parse(dossier.code).has_value());
    CHECK(dossier.status == DossierStatus::Received);
    CHECK(dossier.version == 1);
    CHECK(dossier.citizenId == QStringLiteral("001099012345"));
    CHECK(dossier.phone == QStringLiteral("0912345678"));
    CHECK(dossier.dueDate == QDate(2026, 11, 30)); // 5 working days after Monday 23 November
    CHECK(dossier.originDevice == desk.db->deviceId());

    auto events = desk.repository->events(dossier.id);
    REQUIRE(failure(events) == QString());
    REQUIRE(events->size() == 1);
    const DossierEvent &event = events->first();
    CHECK(event.action == QStringLiteral("receive"));
    CHECK_FALSE(event.fromStatus.has_value());
    CHECK(event.toStatus == DossierStatus::Received);
    CHECK(event.actor == QStringLiteral("canbo.tiepnhan"));
    CHECK(event.device == desk.db->deviceId());
    CHECK(event.at == vn(2026, 11, 23, 9, 0));

    const QList<OutboxOp> ops = opsOf(*desk.db, dossier);
    REQUIRE(ops.size() == 1);
    const OutboxOp &op = ops.first();
    CHECK(op.opId == event.opId);
    CHECK(op.entity == QStringLiteral("dossier"));
    CHECK(op.baseVersion == 0);
    CHECK(op.fields.value(QStringLiteral("code")).toString() == dossier.code);
    CHECK(op.fields.value(QStringLiteral("citizen_id")).toString() == QStringLiteral("001099012345"));
    CHECK(op.fields.value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-11-30"));
    CHECK(op.fields.value(QStringLiteral("documents")).toArray().size() == 2);
    CHECK(op.fields.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toString()
        == event.id.toString(QUuid::WithoutBraces));
    CHECK(op.blobRefs.isEmpty());

    // Stored times are exactly VietnamTime's ISO form, so they sort and compare as text.
    CHECK(scalar(*desk.db, QStringLiteral("SELECT received_at FROM dossiers"))
        == VietnamTime::toIso(vn(2026, 11, 23, 9, 0)));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT at FROM dossier_events"))
        == QStringLiteral("2026-11-23T09:00:00+07:00"));

    auto found = desk.repository->find(dossier.code);
    REQUIRE(failure(found) == QString());
    CHECK(found->id == dossier.id);
    REQUIRE(found->documents.size() == 2);
    CHECK(found->documents.at(1).kind == DocumentKind::Photocopy);
    CHECK(found->documents.at(1).count == 2);
    CHECK(found->receivedAt == dossier.receivedAt);
    CHECK(desk.repository->find(dossier.id.toString())->code == dossier.code);
}

TEST_CASE("Dossier codes count per day of receipt and take the agency from the device settings")
{
    Desk desk;
    const QString tag = desk.db->deviceTag();
    CHECK(desk.repository->receive(request())->code.endsWith(QStringLiteral("-0001")));
    REQUIRE(failure(desk.db->setMeta(QStringLiteral("commune_code"), QStringLiteral("03154"))) == QString());
    CHECK(desk.repository->receive(request())->code == QStringLiteral("03154-261123-%1-0002").arg(tag));
    REQUIRE(failure(desk.db->setMeta(QStringLiteral("agency_code"), QStringLiteral("000.00.31.H11"))) == QString());
    auto withAgency = desk.repository->receive(request());
    CHECK(withAgency->code == QStringLiteral("000.00.31.H11-261123-%1-0003").arg(tag));
    CHECK(withAgency->communeCode == QStringLiteral("03154"));
    // A new legal day starts a new sequence; 23:30 UTC on the 23rd is already the 24th in Vietnam.
    const QDateTime nextDayUtc(QDate(2026, 11, 23), QTime(23, 30), QTimeZone::utc());
    CHECK(desk.repository->receive(request(QStringLiteral("Lò Văn Bình"), nextDayUtc))->code
        == QStringLiteral("000.00.31.H11-261124-%1-0001").arg(tag));

    REQUIRE(failure(desk.db->setMeta(QStringLiteral("agency_code"), QStringLiteral("bad-code"))) == QString());
    const auto before = storeCounts(*desk.db);
    CHECK(desk.repository->receive(request()).error().code == QStringLiteral("dossier.invalid_agency_code"));
    CHECK(storeCounts(*desk.db) == before);
}

TEST_CASE("A legacy procedure code is resolved to the renumbered procedure")
{
    Desk desk;
    ReceiveRequest legacy = request();
    legacy.procedureCode = QStringLiteral("1.001640");
    legacy.receivedAt = vn(2026, 11, 23, 16, 0); // same-day procedure after 15:00: next working day
    auto received = desk.repository->receive(legacy);
    REQUIRE(failure(received) == QString());
    CHECK(received->procedureCode == QStringLiteral("1.001193"));
    CHECK(received->dueDate == QDate(2026, 11, 24));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT procedure_code FROM dossiers")) == QStringLiteral("1.001193"));
}

TEST_CASE("An invalid receipt is refused with a named error and writes nothing")
{
    Desk desk;
    REQUIRE(failure(desk.repository->receive(request())) == QString());
    const auto before = storeCounts(*desk.db);

    ReceiveRequest bad = request();
    QString expected;
    SECTION("invalid citizen ID")
    {
        bad.citizenId = QStringLiteral("999099012345");
        expected = QStringLiteral("citizen_id.unknown_province");
    }
    SECTION("citizen ID of the wrong length")
    {
        bad.citizenId = QStringLiteral("012345678");
        expected = QStringLiteral("citizen_id.length");
    }
    SECTION("unknown procedure")
    {
        bad.procedureCode = QStringLiteral("1.234567");
        expected = QStringLiteral("dossier.unknown_procedure");
    }
    SECTION("procedure no longer in force")
    {
        bad.procedureCode = QStringLiteral("9.999999");
        expected = QStringLiteral("dossier.inactive_procedure");
    }
    SECTION("empty name")
    {
        bad.applicantName = QStringLiteral("   ");
        expected = QStringLiteral("dossier.applicant_name_required");
    }
    SECTION("phone of the wrong shape")
    {
        bad.phone = QStringLiteral("12345");
        expected = QStringLiteral("dossier.invalid_phone");
    }
    SECTION("missing attachment file, even after a readable one")
    {
        bad.documents[0].sourceFile = writeFile(desk.sources.file(QStringLiteral("ok.pdf")), "scan");
        bad.documents[1].sourceFile = desk.sources.file(QStringLiteral("missing.pdf"));
        expected = QStringLiteral("attachment.not_found");
    }
    SECTION("document without a title")
    {
        bad.documents[1].title = QStringLiteral(" ");
        expected = QStringLiteral("dossier.document_title_required");
    }
    auto refused = desk.repository->receive(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == expected);
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK(storeCounts(*desk.db) == before);
}

TEST_CASE("A supplement request pauses the clock and resuming adds the paused working days to the due date")
{
    Desk desk;
    auto received = desk.repository->receive(request()); // Mon 23 Nov, 5 working days: due Mon 30 Nov
    REQUIRE(failure(received) == QString());
    const QString code = received->code;

    REQUIRE(failure(desk.repository->move(code, DossierStatus::InProcess, {}, vn(2026, 11, 23, 10, 0))) == QString());
    auto paused = desk.repository->move(code, DossierStatus::SupplementRequested,
        QStringLiteral("Thiếu bản sao giấy khai sinh"), vn(2026, 11, 24, 10, 0));
    REQUIRE(failure(paused) == QString());
    CHECK(paused->isPaused());
    CHECK(paused->dueDate == QDate(2026, 11, 30));

    // Paused Tue 24 to Fri 27: Wed, Thu, Fri did not count.
    auto resumed = desk.repository->move(
        code, DossierStatus::InProcess, {}, vn(2026, 11, 27, 9, 0), QStringLiteral("canbo.xuly"));
    REQUIRE(failure(resumed) == QString());
    CHECK_FALSE(resumed->isPaused());
    CHECK(resumed->dueDate == QDate(2026, 12, 3));
    CHECK(resumed->version == 4);

    auto reloaded = desk.repository->find(code);
    REQUIRE(failure(reloaded) == QString());
    CHECK(reloaded->dueDate == QDate(2026, 12, 3));
    REQUIRE(reloaded->pauses.size() == 1);
    CHECK(reloaded->pauses.first().startedAt == vn(2026, 11, 24, 10, 0));
    CHECK(reloaded->pauses.first().endedAt == vn(2026, 11, 27, 9, 0));
    CHECK(reloaded->pauses.first().workingDays == 3);

    auto events = desk.repository->events(received->id);
    REQUIRE(events->size() == 4);
    CHECK(events->at(2).note == QStringLiteral("Thiếu bản sao giấy khai sinh"));
    CHECK(events->at(3).actor == QStringLiteral("canbo.xuly"));
    CHECK(events->at(3).fromStatus == DossierStatus::SupplementRequested);

    const QList<OutboxOp> ops = opsOf(*desk.db, *received);
    REQUIRE(ops.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(ops.at(i).baseVersion == i);
        CHECK(ops.at(i).opId == events->at(i).opId);
    }
    const QJsonObject resumeFields = ops.at(3).fields;
    CHECK(resumeFields.value(QStringLiteral("status")).toString() == QStringLiteral("in_process"));
    CHECK(resumeFields.value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-12-03"));
    CHECK(resumeFields.value(QStringLiteral("pauses"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("working_days"))
              .toInt()
        == 3);
    CHECK(resumeFields.value(QStringLiteral("event")).toObject().value(QStringLiteral("from_status")).toString()
        == QStringLiteral("supplement_requested"));
    CHECK_FALSE(resumeFields.contains(QStringLiteral("applicant_name"))); // only what changed
}

TEST_CASE("An illegal or badly dated move is refused and changes nothing")
{
    Desk desk;
    auto received = desk.repository->receive(request());
    REQUIRE(failure(received) == QString());
    REQUIRE(failure(desk.repository->move(received->code, DossierStatus::InProcess, {}, vn(2026, 11, 24, 9, 0)))
        == QString());
    const auto before = storeCounts(*desk.db);

    CHECK(desk.repository->move(received->code, DossierStatus::Returned, {}, vn(2026, 11, 25, 9, 0)).error().code
        == QStringLiteral("lifecycle.illegal_move"));
    CHECK(desk.repository->move(received->code, DossierStatus::Refused, {}, vn(2026, 11, 25, 9, 0)).error().code
        == QStringLiteral("lifecycle.note_required"));
    CHECK(desk.repository->move(received->code, DossierStatus::Done, {}, vn(2026, 11, 24, 8, 0)).error().code
        == QStringLiteral("lifecycle.before_last_event"));
    CHECK(desk.repository->move(received->code, DossierStatus::InProcess, {}, vn(2026, 11, 25, 9, 0)).error().code
        == QStringLiteral("lifecycle.same_status"));
    CHECK(desk.repository->move(QStringLiteral("00000-261123-ZZZZ-9999"), DossierStatus::Done).error().code
        == QStringLiteral("dossier.not_found"));

    CHECK(storeCounts(*desk.db) == before);
    CHECK(desk.repository->find(received->code)->version == 2);
}

TEST_CASE("Done and returned record their times and timeliness is derived from them")
{
    Desk desk;
    auto late = desk.repository->receive(request(QStringLiteral("Lò Thị Mai"))); // due 30 Nov
    auto early = desk.repository->receive(request(QStringLiteral("Vàng A Dính"))); // due 30 Nov
    REQUIRE(failure(late) == QString());
    REQUIRE(failure(early) == QString());
    for (const Dossier &d : {*late, *early})
        REQUIRE(
            failure(desk.repository->move(d.code, DossierStatus::InProcess, {}, vn(2026, 11, 23, 10, 0))) == QString());

    auto lateDone = desk.repository->move(late->code, DossierStatus::Done, {}, vn(2026, 12, 2, 14, 0));
    REQUIRE(failure(lateDone) == QString());
    CHECK(lateDone->doneAt == vn(2026, 12, 2, 14, 0));
    auto returned = desk.repository->move(late->code, DossierStatus::Returned, {}, vn(2026, 12, 3, 8, 0));
    REQUIRE(failure(returned) == QString());
    CHECK(returned->returnedAt == vn(2026, 12, 3, 8, 0));
    CHECK(returned->doneAt == vn(2026, 12, 2, 14, 0));
    CHECK(timeliness(returned->status, returned->dueDate, returned->doneAt, QDate(2026, 12, 10)) == Timeliness::Late);

    auto earlyDone = desk.repository->move(early->code, DossierStatus::Done, {}, vn(2026, 11, 27, 9, 0));
    REQUIRE(failure(earlyDone) == QString());
    CHECK(
        timeliness(earlyDone->status, earlyDone->dueDate, earlyDone->doneAt, QDate(2026, 12, 10)) == Timeliness::Early);

    DossierFilter lateOnly;
    lateOnly.onlyLate = true;
    lateOnly.today = QDate(2026, 12, 10);
    CHECK(namesOf(*desk.repository, lateOnly) == QStringList{QStringLiteral("Lò Thị Mai")});
}

TEST_CASE("The list filters by status, lateness, applicant words and citizen ID")
{
    Desk desk;
    auto an = request(QStringLiteral("Nguyễn Văn An"), vn(2026, 11, 23, 9, 0));
    auto binh = request(QStringLiteral("Trần Văn Nguyên"), vn(2026, 11, 24, 9, 0));
    binh.citizenId = QStringLiteral("079203001122");
    auto mai = request(QStringLiteral("Lò Thị Mai"), vn(2026, 11, 25, 9, 0));
    mai.procedureCode = QStringLiteral("1.004873"); // 3 working days: due 30 Nov
    auto dung = request(QStringLiteral("Đặng Thị Dung"), vn(2026, 11, 26, 9, 0));
    // NFD input with a different tone placement must be stored NFC and still found.
    auto hoa = request(QStringLiteral("Nguye\u0302\u0303n Thi\u0323 Hoa\u0300"), vn(2026, 11, 20, 9, 0));
    for (const auto &r : {an, binh, mai, dung, hoa})
        REQUIRE(failure(desk.repository->receive(r)) == QString());

    DossierFilter byName;
    byName.applicant = QStringLiteral("nguyen van");
    byName.orderBy = DossierFilter::Order::Received;
    CHECK(namesOf(*desk.repository, byName)
        == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Nguyên")});

    byName.applicant = QStringLiteral("NGUYÊN HÒA");
    CHECK(namesOf(*desk.repository, byName)
        == QStringList{QStringLiteral("Nguyễn Thị Hoà").normalized(QString::NormalizationForm_C)});

    byName.applicant = QStringLiteral("dang d");
    CHECK(namesOf(*desk.repository, byName) == QStringList{QStringLiteral("Đặng Thị Dung")});

    // The last word is still being typed: a prefix, even of one letter; the others are whole words.
    byName.applicant = QStringLiteral("van a");
    CHECK(namesOf(*desk.repository, byName) == QStringList{QStringLiteral("Nguyễn Văn An")});
    byName.applicant = QStringLiteral("nguyen v");
    CHECK(namesOf(*desk.repository, byName)
        == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Nguyên")});
    byName.applicant = QStringLiteral("nguy van");
    CHECK(namesOf(*desk.repository, byName).isEmpty());
    byName.applicant = QStringLiteral("\"lo\" t*");
    CHECK(namesOf(*desk.repository, byName) == QStringList{QStringLiteral("Lò Thị Mai")});

    DossierFilter byCitizen;
    byCitizen.citizenId = QStringLiteral("079203001122");
    CHECK(namesOf(*desk.repository, byCitizen) == QStringList{QStringLiteral("Trần Văn Nguyên")});
    byCitizen.citizenId = QStringLiteral("001 099");
    CHECK(namesOf(*desk.repository, byCitizen).size() == 4);
    byCitizen.citizenId = QStringLiteral("abc");
    CHECK(desk.repository->forEach(byCitizen, [](const Dossier &) { return true; }).error().code
        == QStringLiteral("dossier.bad_filter"));

    // Late on 1 December: Hoa (due 27 Nov), An (30 Nov), Mai (30 Nov) are open and past due.
    DossierFilter late;
    late.onlyLate = true;
    late.today = QDate(2026, 12, 1);
    CHECK(namesOf(*desk.repository, late)
        == QStringList{QStringLiteral("Nguyễn Thị Hoà").normalized(QString::NormalizationForm_C),
            QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lò Thị Mai")});
    CHECK(desk.repository->count(late).value() == 3);

    DossierFilter withStatus;
    withStatus.status = DossierStatus::InProcess;
    CHECK(namesOf(*desk.repository, withStatus).isEmpty());
    withStatus.status = DossierStatus::Received;
    withStatus.procedureCode = QStringLiteral("1.004873");
    CHECK(namesOf(*desk.repository, withStatus) == QStringList{QStringLiteral("Lò Thị Mai")});
}

TEST_CASE("The list streams in order, pages, and stops when the visitor says so")
{
    Desk desk;
    for (int day = 23; day <= 27; ++day)
        REQUIRE(failure(desk.repository->receive(request(QStringLiteral("Người %1").arg(day), vn(2026, 11, day, 9, 0))))
            == QString());

    DossierFilter newest;
    newest.orderBy = DossierFilter::Order::ReceivedNewestFirst;
    newest.limit = 2;
    newest.offset = 1;
    CHECK(namesOf(*desk.repository, newest) == QStringList{QStringLiteral("Người 26"), QStringLiteral("Người 25")});

    int visited = 0;
    REQUIRE(desk.repository
                ->forEach({},
                    [&](const Dossier &dossier) {
                        ++visited;
                        CHECK(dossier.documents.isEmpty()); // lists carry no children
                        return visited < 3;
                    })
                .ok());
    CHECK(visited == 3);
    CHECK(desk.repository->count({}).value() == 5);
}

TEST_CASE("The same scan attached to two dossiers is one blob file and one attachment row")
{
    Desk desk;
    const QString scan = writeFile(desk.sources.file(QStringLiteral("cccd.jpg")), QByteArray(5000, 'c'));
    ReceiveRequest first = request();
    first.documents[0].sourceFile = scan;
    first.documents[1].sourceFile = scan;
    ReceiveRequest second = request(QStringLiteral("Nguyễn Văn Bình"));
    second.documents[0].sourceFile = scan;
    auto a = desk.repository->receive(first);
    auto b = desk.repository->receive(second);
    REQUIRE(failure(a) == QString());
    REQUIRE(failure(b) == QString());
    const QString sha = a->documents.at(0).attachmentSha256;
    CHECK(AttachmentStore::isValidSha256(sha));
    CHECK(b->documents.at(0).attachmentSha256 == sha);
    CHECK(b->documents.at(1).attachmentSha256.isEmpty());
    const auto counts = storeCounts(*desk.db);
    CHECK(counts.value(QStringLiteral("attachments")) == 1);
    CHECK(counts.value(QStringLiteral("blob files")) == 1);
    CHECK(opsOf(*desk.db, *a).first().blobRefs == QStringList{sha});
    CHECK(AttachmentStore(*desk.db).verify(sha).ok());
    CHECK(desk.repository->find(a->code)->documents.at(1).attachmentSha256 == sha);
}

TEST_CASE("A refused scan is replaced: the document names the new file, one event and op carry it, the refusal ends")
{
    Desk desk;
    ReceiveRequest receipt = request();
    receipt.documents[0].sourceFile
        = writeFile(desk.sources.file(QStringLiteral("to-khai.pdf")), QByteArray(9000, 'o'));
    auto received = desk.repository->receive(receipt);
    REQUIRE(failure(received) == QString());
    const QString old = received->documents.at(0).attachmentSha256;
    // Sync set the old scan aside for good (the server's limit), and the dossier needs attention.
    REQUIRE(ScanUploads(*desk.db).refuse(old, QStringLiteral("scan.too_large")).ok());
    REQUIRE(SyncAttention(*desk.db).forDossier(received->id.toString(QUuid::WithoutBraces)).value().has_value());

    const QString smaller = writeFile(desk.sources.file(QStringLiteral("to-khai-nho.pdf")), QByteArray(3000, 'n'));
    auto replaced = desk.repository->replaceScan(received->code, 0, smaller, vn(2026, 11, 24, 8, 0));
    REQUIRE(failure(replaced) == QString());
    const QString fresh = replaced->documents.at(0).attachmentSha256;
    CHECK(AttachmentStore::isValidSha256(fresh));
    CHECK(fresh != old);
    CHECK(replaced->version == received->version + 1);
    CHECK(desk.repository->find(received->code)->documents.at(0).attachmentSha256 == fresh);
    CHECK(desk.repository->find(received->code)->documents.at(1).attachmentSha256.isEmpty());
    CHECK(AttachmentStore(*desk.db).verify(fresh).ok());

    const QList<OutboxOp> ops = opsOf(*desk.db, *received);
    REQUIRE(ops.size() == 2);
    CHECK(ops.at(1).baseVersion == received->version);
    CHECK(ops.at(1).blobRefs == QStringList{fresh});
    const QJsonObject &fields = ops.at(1).fields;
    CHECK(fields.value(QStringLiteral("documents"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("attachment_sha256"))
              .toString()
        == fresh);
    CHECK(fields.value(QStringLiteral("event")).toObject().value(QStringLiteral("action")).toString()
        == QStringLiteral("replace_scan"));
    const auto events = desk.repository->events(received->id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->last().action == QStringLiteral("replace_scan"));
    CHECK(events->last().toStatus == received->status);
    CHECK(events->last().opId == ops.at(1).opId);
    // No document names the refused scan any more: nothing is left to attend to.
    CHECK(desk.db->meta(ScanUploads::refusedKey(old)).isEmpty());
    CHECK_FALSE(SyncAttention(*desk.db).forDossier(received->id.toString(QUuid::WithoutBraces)).value().has_value());
}

TEST_CASE("A scan replacement that cannot be made names the problem and writes nothing")
{
    Desk desk;
    ReceiveRequest receipt = request();
    const QString scan = writeFile(desk.sources.file(QStringLiteral("cccd.jpg")), QByteArray(4000, 'c'));
    receipt.documents[0].sourceFile = scan;
    auto received = desk.repository->receive(receipt);
    REQUIRE(failure(received) == QString());
    const auto before = storeCounts(*desk.db);
    const QString other = writeFile(desk.sources.file(QStringLiteral("other.jpg")), QByteArray(4000, 'x'));

    CHECK(desk.repository->replaceScan(received->code, 2, other).error().code == QStringLiteral("dossier.no_document"));
    CHECK(
        desk.repository->replaceScan(received->code, -1, other).error().code == QStringLiteral("dossier.no_document"));
    CHECK(desk.repository->replaceScan(received->code, 0, scan).error().code == QStringLiteral("scan.same"));
    CHECK(desk.repository->replaceScan(received->code, 0, desk.sources.file(QStringLiteral("none.pdf"))).error().code
        == QStringLiteral("attachment.not_found"));
    CHECK(desk.repository->replaceScan(QStringLiteral("00000-000000-XXXX-0000"), 0, other).error().code
        == QStringLiteral("dossier.not_found"));
    CHECK(storeCounts(*desk.db) == before);
    CHECK(desk.repository->find(received->code)->version == received->version);
    CHECK(opsOf(*desk.db, *received).size() == 1);
}

TEST_CASE("A batch receipt writes every dossier with its event and op, or nothing at all")
{
    Desk desk;
    QList<ReceiveRequest> batch;
    for (int i = 0; i < 50; ++i)
        batch.append(request(QStringLiteral("Người nhập %1").arg(i), vn(2026, 11, 23 + i % 2, 9, i)));
    QStringList codes;
    REQUIRE(desk.repository->receiveMany(batch, [&](const Dossier &d) { codes.append(d.code); }).ok());
    REQUIRE(codes.size() == 50);
    CHECK(codes.at(0).endsWith(QStringLiteral("-261123-%1-0001").arg(desk.db->deviceTag())));
    CHECK(codes.at(1).endsWith(QStringLiteral("-261124-%1-0001").arg(desk.db->deviceTag())));
    CHECK(codes.at(49).endsWith(QStringLiteral("-261124-%1-0025").arg(desk.db->deviceTag())));
    CHECK(rowCount(*desk.db, QStringLiteral("dossier_events")) == 50);
    CHECK(rowCount(*desk.db, QStringLiteral("outbox")) == 50);
    CHECK(scalar(*desk.db, QStringLiteral("SELECT count(*) FROM dossier_events e JOIN outbox o ON o.op_id = e.op_id"))
        == QStringLiteral("50"));

    // The sequence goes on after the batch, and both the batch and later receipts are searchable.
    CHECK(desk.repository->receive(request(QStringLiteral("Hà Văn Sau")))->code.endsWith(QStringLiteral("-0026")));
    DossierFilter search;
    search.applicant = QStringLiteral("nguoi nhap 4");
    CHECK(desk.repository->count(search).value() == 11); // 4 and 40..49
    search.applicant = QStringLiteral("ha van sau");
    CHECK(desk.repository->count(search).value() == 1);

    const auto before = storeCounts(*desk.db);
    batch[30].citizenId = QStringLiteral("123");
    auto refused = desk.repository->receiveMany(batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("citizen_id.length"));
    CHECK(refused.error().message.contains(QStringLiteral("31")));
    CHECK(storeCounts(*desk.db) == before);
}

TEST_CASE("Stored timestamps are written exactly as VietnamTime::toIso writes them")
{
    const QList<QDateTime> instants = {
        vn(2026, 11, 23, 9, 0),
        QDateTime(QDate(2026, 12, 31), QTime(17, 0, 0), QTimeZone::utc()), // midnight in Vietnam
        QDateTime(QDate(2026, 12, 31), QTime(16, 59, 59), QTimeZone::utc()),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(1900, 1, 1), QTime(0, 0), VietnamTime::zone()),
        QDateTime(QDate(2199, 12, 31), QTime(23, 59, 58, 500), VietnamTime::zone()),
        QDateTime(QDate(2024, 2, 29), QTime(6, 7, 8), QTimeZone(-5 * 3600)),
    };
    for (const QDateTime &at : instants) {
        INFO(at.toString(Qt::ISODateWithMs));
        CHECK(IsoTime::text(at) == VietnamTime::toIso(at));
    }
    CHECK(IsoTime::text(QDateTime()).isEmpty());
}
