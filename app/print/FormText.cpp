#include "FormText.h"

#include "domain/VietnamTime.h"

namespace motcua::print::FormText {

namespace {

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dayMonthYear(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("ngày ..... tháng ..... năm ..........");
    const QString month = date.month() < 3 ? twoDigits(date.month()) : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(twoDigits(date.day()), month).arg(date.year());
}

QString hourMinute(const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("..... giờ ..... phút");
    const QTime time = VietnamTime::toVietnam(at).time();
    return QStringLiteral("%1 giờ %2 phút").arg(twoDigits(time.hour()), twoDigits(time.minute()));
}

QString timeAndDate(const QDateTime &at)
{
    return hourMinute(at) + QStringLiteral(", ") + dayMonthYear(at.isValid() ? VietnamTime::legalDate(at) : QDate());
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString shortDateTime(const QDateTime &at)
{
    return at.isValid() ? VietnamTime::toVietnam(at).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

AgencyNames AgencyNames::of(const AgencyInfo &agency)
{
    AgencyNames names;
    // The commune may be written with its level ("Xã Minh Quang", as the province enrolls it) or
    // without ("Minh Quang"); the forms need both the bare name (the place) and the level.
    QString commune = agency.communeName.simplified();
    names.level = QStringLiteral("xã");
    for (const QString &level :
        {QStringLiteral("xã"), QStringLiteral("phường"), QStringLiteral("thị trấn"), QStringLiteral("đặc khu")}) {
        if (commune.startsWith(level + QLatin1Char(' '), Qt::CaseInsensitive)) {
            names.level = level;
            commune = commune.mid(level.size() + 1).trimmed();
            break;
        }
    }
    names.place = commune;
    const QString typed = agency.agencyName.simplified();
    const QString people = QStringLiteral("ủy ban nhân dân");
    const bool typedIsCommittee = typed.startsWith(people, Qt::CaseInsensitive);
    if (!commune.isEmpty())
        names.parent = QStringLiteral("Ủy ban nhân dân ") + names.level + QLatin1Char(' ') + commune;
    else if (typedIsCommittee)
        names.parent = typed;
    // The one-stop unit: the typed name, unless it names the committee (then the default unit).
    names.unit = typed.isEmpty() || typedIsCommittee ? QStringLiteral("Trung tâm Phục vụ hành chính công") : typed;
    // Its full name in a sentence: "Trung tâm Phục vụ hành chính công xã Minh Quang".
    names.unitInSentence = names.unit;
    if (!commune.isEmpty() && !names.unit.contains(commune, Qt::CaseInsensitive))
        names.unitInSentence += QLatin1Char(' ') + names.level + QLatin1Char(' ') + commune;
    return names;
}

QString heading(const AgencyInfo &agency, const QDate &date, const QString &number)
{
    const AgencyNames names = AgencyNames::of(agency);
    const QString parent
        = names.parent.isEmpty() ? QStringLiteral("ỦY BAN NHÂN DÂN XÃ ..........") : esc(names.parent.toUpper());
    const QString place = names.place.isEmpty() ? QStringLiteral("..........") : esc(names.place);
    // The motto and the national name stay on one line each, as on the printed model: Qt's rich
    // text ignores nowrap on a cell, so their spaces do not break.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td width=\"36%\" align=\"center\" valign=\"top\">%1<br/>"
                                  "<b>%2</b><br/>______________")
                       .arg(parent, esc(names.unit.toUpper()));
    if (!number.isEmpty())
        // A dossier code is long (01234-260305-K7Q2-0007): a size smaller than the names' keeps
        // it on one line in the narrow column, where it would break at a hyphen.
        html += QStringLiteral("<br/><span style=\"font-size:10pt\">Số:&nbsp;%1</span>").arg(esc(number));
    html += QStringLiteral(
        "</td><td width=\"64%\" align=\"center\" valign=\"top\" nowrap>"
        "<b>CỘNG&nbsp;HÒA&nbsp;XÃ&nbsp;HỘI&nbsp;CHỦ&nbsp;NGHĨA&nbsp;VIỆT&nbsp;NAM</b><br/>"
        "<b>Độc&nbsp;lập&nbsp;-&nbsp;Tự&nbsp;do&nbsp;-&nbsp;Hạnh&nbsp;phúc</b><br/>______________________<br/>"
        "<i>%1, %2</i></td></tr></table>")
                .arg(place, dayMonthYear(date));
    return html;
}

QString titleBlock(const QString &title, const QString &subtitle)
{
    QString html = QStringLiteral("<p align=\"center\" style=\"margin-top:14px\"><b><span style=\"font-size:14pt\">%1"
                                  "</span></b>")
                       .arg(esc(title));
    if (!subtitle.isEmpty())
        html += QStringLiteral("<br/>%1").arg(esc(subtitle));
    return html + QStringLiteral("</p>");
}

QString signatures(const QList<std::pair<QString, QString>> &titleAndName)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                  "style=\"margin-top:16px\"><tr>");
    const int width = titleAndName.isEmpty() ? 100 : 100 / static_cast<int>(titleAndName.size());
    for (const auto &[title, name] : titleAndName) {
        html += QStringLiteral("<td width=\"%1%\" align=\"center\" valign=\"top\"><b>%2</b><br/>"
                               "<i>(Ký và ghi rõ họ tên)</i><br/><br/><br/><br/><b>%3</b></td>")
                    .arg(width)
                    .arg(esc(title), esc(name));
    }
    return html + QStringLiteral("</tr></table>");
}

QString documentKindText(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Original:
        return QStringLiteral("Bản chính");
    case DocumentKind::CertifiedCopy:
        return QStringLiteral("Bản sao chứng thực");
    case DocumentKind::Photocopy:
        return QStringLiteral("Bản chụp");
    }
    return {};
}

QString processingTime(const Procedure &procedure)
{
    if (procedure.processingUnit == ProcessingUnit::SameDay || procedure.processingDays == 0)
        return QStringLiteral("Trong ngày làm việc");
    return QStringLiteral("%1 ngày làm việc").arg(twoDigits(procedure.processingDays));
}

QString feeText(const Procedure &procedure)
{
    const QString fee = procedure.fee.trimmed();
    return fee.isEmpty() ? QStringLiteral("Theo quy định hiện hành") : fee;
}

QString procedureText(const Procedure &procedure, const QString &code)
{
    const QString theCode = procedure.code.isEmpty() ? code : procedure.code;
    if (procedure.name.isEmpty())
        return QStringLiteral("Thủ tục mã %1").arg(theCode);
    return QStringLiteral("%1 (mã thủ tục %2)").arg(procedure.name, theCode);
}

QDate issueDate(const FormInput &input)
{
    return input.issuedOn.isValid() ? input.issuedOn : VietnamTime::legalDate(VietnamTime::now());
}

} // namespace motcua::print::FormText
