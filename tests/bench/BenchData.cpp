#include "BenchData.h"

#include "domain/TextFold.h"
#include "domain/VietnamTime.h"

#include <QStringList>

namespace motcua::bench {

namespace {

// Surnames repeated roughly in proportion to how common they are.
const QStringList &surnames()
{
    static const QStringList list
        = {QStringLiteral("Nguyễn"), QStringLiteral("Nguyễn"), QStringLiteral("Nguyễn"), QStringLiteral("Nguyễn"),
            QStringLiteral("Trần"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Lê"),
            QStringLiteral("Phạm"), QStringLiteral("Hoàng"), QStringLiteral("Huỳnh"), QStringLiteral("Phan"),
            QStringLiteral("Vũ"), QStringLiteral("Võ"), QStringLiteral("Đặng"), QStringLiteral("Bùi"),
            QStringLiteral("Đỗ"), QStringLiteral("Hồ"), QStringLiteral("Ngô"), QStringLiteral("Dương"),
            QStringLiteral("Lý"), QStringLiteral("Lò"), QStringLiteral("Hà"), QStringLiteral("Đinh"),
            QStringLiteral("Sùng"), QStringLiteral("Giàng"), QStringLiteral("Vàng"), QStringLiteral("Triệu")};
    return list;
}

const QStringList &middleNames()
{
    static const QStringList list
        = {QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Văn"), QStringLiteral("Thị"),
            QStringLiteral("Đức"), QStringLiteral("Minh"), QStringLiteral("Ngọc"), QStringLiteral("Thanh"),
            QStringLiteral("Quốc"), QStringLiteral("Hữu"), QStringLiteral("Thu"), QStringLiteral("Xuân")};
    return list;
}

const QStringList &givenNames()
{
    static const QStringList list
        = {QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Dũng"),
            QStringLiteral("Đạt"), QStringLiteral("Giang"), QStringLiteral("Hà"), QStringLiteral("Hải"),
            QStringLiteral("Hằng"), QStringLiteral("Hiếu"), QStringLiteral("Hoà"), QStringLiteral("Hùng"),
            QStringLiteral("Hương"), QStringLiteral("Khánh"), QStringLiteral("Lan"), QStringLiteral("Linh"),
            QStringLiteral("Long"), QStringLiteral("Mai"), QStringLiteral("Minh"), QStringLiteral("Nam"),
            QStringLiteral("Nga"), QStringLiteral("Ngọc"), QStringLiteral("Nhung"), QStringLiteral("Phong"),
            QStringLiteral("Phương"), QStringLiteral("Quân"), QStringLiteral("Quỳnh"), QStringLiteral("Sơn"),
            QStringLiteral("Tâm"), QStringLiteral("Thảo"), QStringLiteral("Thắng"), QStringLiteral("Thuỷ"),
            QStringLiteral("Trang"), QStringLiteral("Trung"), QStringLiteral("Tuấn"), QStringLiteral("Vân"),
            QStringLiteral("Việt"), QStringLiteral("Xuân"), QStringLiteral("Yến"), QStringLiteral("Páo"),
            QStringLiteral("Chứ"), QStringLiteral("Dình"), QStringLiteral("Mỷ"), QStringLiteral("Sính")};
    return list;
}

const QStringList &provinceCodes()
{
    static const QStringList list = {QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("010"),
        QStringLiteral("011"), QStringLiteral("012"), QStringLiteral("014"), QStringLiteral("015"),
        QStringLiteral("038"), QStringLiteral("040"), QStringLiteral("079")};
    return list;
}

} // namespace

Catalog BenchData::catalog()
{
    Catalog catalog;
    catalog.version = 1;
    const QList<std::pair<QString, QString>> procedures
        = {{QStringLiteral("1.001193"), QStringLiteral("Đăng ký khai sinh")},
            {QStringLiteral("1.000894"), QStringLiteral("Đăng ký kết hôn")},
            {QStringLiteral("1.000656"), QStringLiteral("Đăng ký khai tử")},
            {QStringLiteral("1.004873"), QStringLiteral("Cấp giấy xác nhận tình trạng hôn nhân")},
            {QStringLiteral("2.000815"), QStringLiteral("Chứng thực bản sao từ bản chính")},
            {QStringLiteral("2.000884"), QStringLiteral("Chứng thực chữ ký")},
            {QStringLiteral("1.004222"), QStringLiteral("Đăng ký thường trú")},
            {QStringLiteral("1.004194"), QStringLiteral("Đăng ký tạm trú")}};
    int days = 0;
    for (const auto &[code, name] : procedures) {
        Procedure procedure;
        procedure.code = code;
        procedure.name = name;
        procedure.sector = QStringLiteral("Hộ tịch");
        procedure.level = QStringLiteral("commune");
        procedure.processingDays = days;
        procedure.processingUnit = days == 0 ? ProcessingUnit::SameDay : ProcessingUnit::WorkingDays;
        procedure.documents = {RequiredDocument{QStringLiteral("Tờ khai"), DocumentKind::Original, 1, true, {}}};
        catalog.procedures.append(procedure);
        days = (days + 3) % 8;
    }
    return catalog;
}

QString BenchData::applicantName()
{
    return surnames().at(m_random.bounded(surnames().size())) + QLatin1Char(' ')
        + middleNames().at(m_random.bounded(middleNames().size())) + QLatin1Char(' ')
        + givenNames().at(m_random.bounded(givenNames().size()));
}

QString BenchData::citizenId()
{
    const int year = 1940 + m_random.bounded(80);
    const int genderCentury = (year >= 2000 ? 2 : 0) + m_random.bounded(2);
    return provinceCodes().at(m_random.bounded(provinceCodes().size())) + QString::number(genderCentury)
        + QStringLiteral("%1").arg(year % 100, 2, 10, QLatin1Char('0'))
        + QStringLiteral("%1").arg(m_random.bounded(1000000), 6, 10, QLatin1Char('0'));
}

ReceiveRequest BenchData::receiveRequest()
{
    static const QStringList codes = {QStringLiteral("1.001193"), QStringLiteral("1.000894"),
        QStringLiteral("1.000656"), QStringLiteral("1.004873"), QStringLiteral("2.000815"), QStringLiteral("2.000884"),
        QStringLiteral("1.004222"), QStringLiteral("1.004194")};
    ReceiveRequest request;
    request.procedureCode = codes.at(m_random.bounded(codes.size()));
    request.applicantName = applicantName();
    request.citizenId = citizenId();
    request.phone = QStringLiteral("09%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
    request.address = QStringLiteral("Thôn %1, xã Minh Quang").arg(m_random.bounded(1, 30));
    // A register grows in order of receipt: each dossier a few minutes after the previous one.
    m_lastReceipt = m_lastReceipt.isValid() ? m_lastReceipt.addSecs(m_random.bounded(1, 180))
                                            : QDateTime(QDate(2020, 1, 2), QTime(7, 30), VietnamTime::zone());
    request.receivedAt = m_lastReceipt;
    request.documents = {ReceiveDocumentRequest{QStringLiteral("Tờ khai"), DocumentKind::Original, 1, {}}};
    return request;
}

QString BenchData::nameQuery()
{
    const QString name = TextFold::searchKey(applicantName());
    switch (m_random.bounded(3)) {
    case 0:
        return name; // the whole name
    case 1:
        return name.left(name.lastIndexOf(QLatin1Char(' ')) + 2); // "nguyen van h"
    default:
        return name.mid(name.indexOf(QLatin1Char(' ')) + 1); // middle and given name
    }
}

} // namespace motcua::bench
