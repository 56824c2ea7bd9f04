// Forms issued at the desk when a dossier comes in: 01 receipt, 02 supplement request, 03 refusal
// (Circular 01/2018/TT-VPCP, forms 01–03).

#include "FormText.h"
#include "Forms.h"

#include "domain/VietnamTime.h"

#include <QStringList>

namespace motcua::print::Forms {

using namespace FormText;

namespace {

// "1. Label: value" paragraphs, numbered in the order given.
QString field(const QString &label, const QString &value)
{
    return QStringLiteral("<p style=\"margin:2px 0\">%1: <b>%2</b></p>").arg(esc(label), esc(value));
}

QString dots(const QString &value)
{
    return value.trimmed().isEmpty() ? QStringLiteral("....................") : value.trimmed();
}

// Who handed the dossier in: the lines forms 01–03 share.
QString applicantBlock(const Dossier &dossier, const Procedure &procedure, bool withContact)
{
    QString html = field(QStringLiteral("Hồ sơ của"), dots(dossier.applicantName));
    if (withContact) {
        html += field(QStringLiteral("Địa chỉ"), dots(dossier.address));
        html += field(QStringLiteral("Số điện thoại"), dots(dossier.phone))
            + field(QStringLiteral("Email"), dots(dossier.email));
        html += field(QStringLiteral("Số định danh cá nhân"), dots(dossier.citizenId));
    }
    html += field(QStringLiteral("Nội dung yêu cầu giải quyết"), procedureText(procedure, dossier.procedureCode));
    return html;
}

// One list item per non-empty line: form 02 asks for everything at once, one document a line.
QString lines(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            items << esc(line.trimmed());
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral("<ol><li>%1</li></ol>").arg(items.join(QStringLiteral("</li><li>")));
}

} // namespace

QString receipt01(const FormInput &input)
{
    const Dossier &d = input.dossier;
    const QDate received = d.receivedAt.isValid() ? VietnamTime::legalDate(d.receivedAt) : issueDate(input);
    QString html = heading(input.agency, received, d.code);
    html += titleBlock(FormRenderer::title(FormKind::Receipt01), QStringLiteral("Mã hồ sơ: %1").arg(d.code));
    // The QR code floats right of the applicant's lines instead of taking a line of its own: with
    // two or three documents the receipt and its signatures then fit on one page.
    html += QStringLiteral(
        "<p style=\"margin:0\"><img src=\"%1\" width=\"%2\" height=\"%2\" style=\"float:right\"/></p>")
                .arg(FormRenderer::qrResourceUrl().toString())
                .arg(96);
    html += field(QStringLiteral("Bộ phận tiếp nhận và trả kết quả"), AgencyNames::of(input.agency).unitInSentence);
    html += field(QStringLiteral("Tiếp nhận hồ sơ của"), dots(d.applicantName));
    html += field(QStringLiteral("Địa chỉ"), dots(d.address));
    html += field(QStringLiteral("Số điện thoại"), dots(d.phone)) + field(QStringLiteral("Email"), dots(d.email));
    html += field(QStringLiteral("Số định danh cá nhân"), dots(d.citizenId));
    html += field(QStringLiteral("Nội dung yêu cầu giải quyết"), procedureText(input.procedure, d.procedureCode));

    html += QStringLiteral("<p style=\"margin:6px 0 2px 0\">1. Thành phần hồ sơ nộp gồm:</p>"
                           "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                           "<tr><th width=\"8%\" nowrap>STT</th><th>Tên giấy tờ</th>"
                           "<th width=\"30%\">Hình thức (bản chính, bản sao hoặc bản chụp)</th>"
                           "<th width=\"12%\">Số lượng</th></tr>");
    for (qsizetype i = 0; i < d.documents.size(); ++i) {
        const ReceivedDocument &document = d.documents.at(i);
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3</td>"
                               "<td align=\"center\">%4</td></tr>")
                    .arg(QString::number(i + 1), esc(document.title), documentKindText(document.kind),
                        QString::number(document.count));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin:2px 0\">2. Số lượng hồ sơ: <b>01</b> (bộ)</p>");
    html += QStringLiteral("<p style=\"margin:2px 0\">3. Thời gian giải quyết hồ sơ theo quy định là: <b>%1</b></p>")
                .arg(processingTime(input.procedure));
    html += QStringLiteral("<p style=\"margin:2px 0\">4. Thời gian nhận hồ sơ: <b>%1</b></p>")
                .arg(timeAndDate(d.receivedAt));
    html += QStringLiteral("<p style=\"margin:2px 0\">5. Thời gian trả kết quả giải quyết hồ sơ: "
                           "<b>%1</b> (trong giờ làm việc)</p>")
                .arg(dayMonthYear(d.dueDate));
    QString place = input.agency.returnPlace.trimmed();
    if (place.isEmpty())
        place = input.procedure.resultDelivery.trimmed();
    if (place.isEmpty())
        place = AgencyNames::of(input.agency).unitInSentence;
    html += QStringLiteral("<p style=\"margin:2px 0\">6. Đăng ký nhận kết quả tại: <b>%1</b></p>").arg(esc(place));
    html
        += QStringLiteral("<p style=\"margin:2px 0\">7. Phí, lệ phí: <b>%1</b></p>").arg(esc(feeText(input.procedure)));
    html += QStringLiteral("<p style=\"margin:6px 0\">Vào Sổ theo dõi hồ sơ, Quyển số: .......... "
                           "Số thứ tự: ..........</p>");
    html += signatures({{QStringLiteral("NGƯỜI NỘP HỒ SƠ"), d.applicantName},
        {QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), input.officerName}});
    return html;
}

QString supplementRequest02(const FormInput &input)
{
    const Dossier &d = input.dossier;
    QString html = heading(input.agency, issueDate(input), d.code);
    html += titleBlock(FormRenderer::title(FormKind::SupplementRequest02), QStringLiteral("Mã hồ sơ: %1").arg(d.code));
    html += applicantBlock(d, input.procedure, false);
    html += field(QStringLiteral("Ngày tiếp nhận"), dayMonthYear(VietnamTime::legalDate(d.receivedAt)));
    html += QStringLiteral("<p>Sau khi xem xét thành phần hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm "
                           "những nội dung sau:</p>");
    const QString missing = lines(input.reason);
    html += missing.isEmpty() ? QStringLiteral("<p>....................................................</p>") : missing;
    html += QStringLiteral("<p>Lý do: hồ sơ chưa đầy đủ hoặc chưa hợp lệ theo quy định. Thời gian giải quyết hồ sơ "
                           "tạm dừng cho đến khi Ông/Bà nộp đủ các nội dung trên.</p>"
                           "<p>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
                           "người hướng dẫn dưới đây để được hướng dẫn.</p>");
    html += signatures({{QStringLiteral("NGƯỜI HƯỚNG DẪN"), input.officerName}});
    return html;
}

QString refusal03(const FormInput &input)
{
    const Dossier &d = input.dossier;
    QString html = heading(input.agency, issueDate(input), d.code);
    html += titleBlock(FormRenderer::title(FormKind::Refusal03), QStringLiteral("Mã hồ sơ: %1").arg(d.code));
    html += applicantBlock(d, input.procedure, true);
    html += field(QStringLiteral("Ngày tiếp nhận"), dayMonthYear(VietnamTime::legalDate(d.receivedAt)));
    html += QStringLiteral("<p>Qua xem xét, cơ quan giải quyết thông báo không tiếp nhận, giải quyết hồ sơ này "
                           "với lý do cụ thể như sau:</p>");
    const QString reasons = lines(input.reason);
    html += reasons.isEmpty() ? QStringLiteral("<p>....................................................</p>") : reasons;
    html += QStringLiteral("<p>Xin thông báo để Ông/Bà được biết và thực hiện./.</p>");
    html += signatures({{QStringLiteral("THỦ TRƯỞNG CƠ QUAN"), input.officerName}});
    return html;
}

} // namespace motcua::print::Forms
