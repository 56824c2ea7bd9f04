#pragma once

#include "FormRenderer.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Pieces of Vietnamese administrative text shared by the forms (Decree 30/2020/NĐ-CP
// presentation rules: days below 10 and the months January and February take a leading zero).
namespace motcua::print::FormText {

QString esc(const QString &text); // HTML-escaped

QString dayMonthYear(const QDate &date); // "ngày 05 tháng 3 năm 2026"; dotted blanks for a null date
QString hourMinute(const QDateTime &at); // "09 giờ 15 phút" (Vietnam time)
QString timeAndDate(const QDateTime &at); // "09 giờ 15 phút, ngày 05 tháng 3 năm 2026"
QString shortDate(const QDate &date); // "05/03/2026"; empty for a null date
QString shortDateTime(const QDateTime &at); // "09:15 05/03/2026"

// Heading: agency on the left, the national motto on the right, then the place and date line.
// The names a form prints for the agency, from the desk's settings or the enrolled commune.
struct AgencyNames
{
    QString parent; // "Ủy ban nhân dân xã Minh Quang"; empty when the commune is not known
    QString unit; // "Trung tâm Phục vụ hành chính công"
    QString unitInSentence; // "Trung tâm Phục vụ hành chính công xã Minh Quang"
    QString place; // "Minh Quang", before the date; empty when not known
    QString level; // "xã", "phường", "thị trấn" or "đặc khu"

    static AgencyNames of(const AgencyInfo &agency);
};

QString heading(const AgencyInfo &agency, const QDate &date, const QString &number = {});
// The form's title (bold, centred) with an optional line below it.
QString titleBlock(const QString &title, const QString &subtitle = {});
// Signature blocks side by side: title, "(Ký và ghi rõ họ tên)", space, the name.
QString signatures(const QList<std::pair<QString, QString>> &titleAndName);

QString documentKindText(DocumentKind kind); // "Bản chính", "Bản sao chứng thực", "Bản chụp"
QString processingTime(const Procedure &procedure); // "05 ngày làm việc", "Trong ngày"
QString feeText(const Procedure &procedure);
QString procedureText(const Procedure &procedure, const QString &code); // name (mã thủ tục …)

// The legal date of the form: issuedOn, or today in Vietnam.
QDate issueDate(const FormInput &input);

} // namespace motcua::print::FormText
