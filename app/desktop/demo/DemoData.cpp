#include "DemoData.h"

#include "app/DeskContext.h"

#include "domain/TextFold.h"
#include "domain/VietnamTime.h"
#include "store/Conflicts.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/OfficerRepository.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <optional>

namespace motcua::desktop::DemoData {

namespace {

const char *const kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Lò", "Đặng", "Bùi", "Đỗ"};
const char *const kMiddle[] = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc"};
const char *const kGiven[] = {"An", "Bình", "Cường", "Dung", "Hà", "Hương", "Khánh", "Lan", "Mai", "Nam", "Phúc",
    "Quân", "Sơn", "Thảo", "Uyên", "Việt", "Xuân", "Yến"};
const char *const kProcedures[]
    = {"1.001193", "1.000894", "1.000656", "2.000815", "2.000884", "1.004873", "2.000635", "1.004222", "1.004194"};
const char *const kProvinces[] = {"011", "001", "014", "010", "012", "079"};

template <std::size_t N> QString pick(QRandomGenerator &random, const char *const (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

} // namespace

Result<Officer> populate(DeskContext &context, int dossiers)
{
    OfficerRepository &officers = context.officers();
    const QString password = QString::fromLatin1(kPassword);
    auto admin = officers.createAdministrator(
        QString::fromLatin1(kAdminUsername), QStringLiteral("Lò Văn Quản Trị"), password);
    if (!admin)
        return admin.error();
    Officer reception;
    reception.username = QStringLiteral("tiepnhan");
    reception.fullName = QStringLiteral("Nguyễn Thị Tiếp Nhận");
    reception.roles = {Role::Reception};
    Officer handling;
    handling.username = QStringLiteral("xuly");
    handling.fullName = QStringLiteral("Trần Văn Xử Lý");
    handling.roles = {Role::Handling, Role::Leader};
    for (const Officer &officer : {reception, handling}) {
        if (auto added = officers.add(officer, password); !added)
            return added.error();
    }

    // The admin holds every role on a demo desk, so one login shows every button.
    if (const Status roles = officers.setRoles(admin->id, allRoles()); !roles)
        return roles.error();
    Officer everything = admin.value();
    everything.roles = allRoles();

    DossierRepository repository(context.database(), context.calendar(), everything.actorLabel());
    QRandomGenerator random(20261130);
    const QDateTime now = VietnamTime::now();
    ReceiveRequest first;
    std::optional<Dossier> last;
    for (int i = 0; i < dossiers; ++i) {
        ReceiveRequest request;
        request.procedureCode = pick(random, kProcedures);
        request.applicantName
            = QStringLiteral("%1 %2 %3").arg(pick(random, kFamily), pick(random, kMiddle), pick(random, kGiven));
        // Gender and century digit 0/1: born 1940–1999; 2/3: born 2000–2019.
        const int genderCentury = random.bounded(4);
        const int year = genderCentury >= 2 ? random.bounded(20) : 40 + random.bounded(60);
        request.citizenId = QStringLiteral("%1%2%3%4")
                                .arg(pick(random, kProvinces))
                                .arg(genderCentury)
                                .arg(year, 2, 10, QLatin1Char('0'))
                                .arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
        request.phone = QStringLiteral("09%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
        request.address = QStringLiteral("Bản %1, xã Mường Phăng").arg(pick(random, kGiven));
        // Spread over the last 30 days, in office hours; the newest a few hours ago.
        const int daysAgo = dossiers <= 1 ? 0 : (dossiers - 1 - i) * 30 / dossiers;
        request.receivedAt = QDateTime(
            now.date().addDays(-daysAgo), QTime(7 + random.bounded(9), random.bounded(60)), VietnamTime::zone());
        if (request.receivedAt > now)
            request.receivedAt = now.addSecs(-3600);
        request.documents.append({QStringLiteral("Tờ khai (theo mẫu)"), DocumentKind::Original, 1, {}});
        request.documents.append({QStringLiteral("Giấy tờ tùy thân"), DocumentKind::Photocopy, 1, {}});
        auto received = repository.receive(request);
        if (!received)
            return received.error();
        if (i == 0)
            first = request;
        last = received.value();

        // A few steps of the workflow, an hour apart, never in the future.
        QDateTime at = received->receivedAt;
        auto step = [&](DossierStatus to, const QString &note = {}) -> Status {
            at = at.addSecs(3600 + random.bounded(3600 * 20));
            if (at > now)
                return {};
            auto moved = repository.move(received->code, to, note, at);
            if (!moved)
                return moved.error();
            return {};
        };
        const int fate = random.bounded(10);
        Status status;
        if (fate >= 2)
            status = step(DossierStatus::InProcess);
        if (status && fate == 3)
            status = step(DossierStatus::SupplementRequested, QStringLiteral("Thiếu bản sao giấy khai sinh"));
        if (status && fate >= 5 && fate <= 8)
            status = step(DossierStatus::Done);
        if (status && fate >= 7 && fate <= 8)
            status = step(DossierStatus::Returned);
        if (status && fate == 9)
            status = step(DossierStatus::Refused, QStringLiteral("Hồ sơ không thuộc thẩm quyền của xã"));
        if (!status)
            return status.error();
    }
    if (dossiers > 0) {
        // What a data clerk finds on a real desk: the same citizen received twice for the same
        // procedure, the name typed without its accents the second time…
        ReceiveRequest again = first;
        QStringList words = TextFold::searchKey(first.applicantName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &word : words)
            word[0] = word[0].toUpper();
        again.applicantName = words.join(QLatin1Char(' '));
        again.receivedAt = first.receivedAt.addSecs(2 * 3600);
        if (auto received = repository.receive(again); !received)
            return received.error();
        // …and a dossier changed here and at the province before a sync brought the two together.
        ConflictRecord conflict;
        conflict.entity = QStringLiteral("dossier");
        conflict.recordId = last->id.toString(QUuid::WithoutBraces);
        conflict.source = ConflictRecord::Source::Pull;
        conflict.localVersion = last->version;
        conflict.localFields = QJsonObject{{QStringLiteral("applicant_name"), last->applicantName},
            {QStringLiteral("phone"), last->phone}, {QStringLiteral("address"), last->address},
            {QStringLiteral("status"), statusKey(last->status)}};
        conflict.serverVersion = last->version + 1;
        conflict.serverFields = conflict.localFields;
        conflict.serverFields.insert(QStringLiteral("phone"), QStringLiteral("0987654321"));
        conflict.serverFields.insert(QStringLiteral("address"), QStringLiteral("Bản Phăng, xã Mường Phăng"));
        conflict.detectedAt = now;
        const Status recorded = context.database().write([&]() -> Status {
            auto added = Conflicts(context.database()).record(conflict);
            return added ? Status() : Status(added.error());
        });
        if (!recorded)
            return recorded.error();
    }
    return everything;
}

} // namespace motcua::desktop::DemoData
