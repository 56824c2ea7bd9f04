// Forms that follow a dossier after its receipt: 04 apology with a new date, 05 process control,
// 06 the register (Circular 01/2018/TT-VPCP, forms 04–06).

#include "FormText.h"
#include "Forms.h"

#include "domain/Deadline.h"
#include "domain/VietnamTime.h"

namespace motcua::print::Forms {

using namespace FormText;

namespace {

// What a step of the process-control record was, in the form's words.
QString stepName(const DossierEvent &event)
{
    if (event.action == QLatin1String("receive"))
        return QStringLiteral("Tiếp nhận hồ sơ");
    if (event.action == QLatin1String("apology"))
        return QStringLiteral("Xin lỗi, hẹn lại ngày trả kết quả (mẫu 04)");
    if (event.action == QLatin1String("replace_scan"))
        return QStringLiteral("Thay bản quét giấy tờ");
    switch (event.toStatus) {
    case DossierStatus::Received:
        return QStringLiteral("Tiếp nhận hồ sơ");
    case DossierStatus::InProcess:
        return event.fromStatus == DossierStatus::SupplementRequested
            ? QStringLiteral("Nhận hồ sơ bổ sung, tiếp tục giải quyết")
            : QStringLiteral("Chuyển hồ sơ giải quyết");
    case DossierStatus::SupplementRequested:
        return QStringLiteral("Yêu cầu bổ sung, hoàn thiện hồ sơ");
    case DossierStatus::FinancialObligation:
        return QStringLiteral("Thông báo thực hiện nghĩa vụ tài chính");
    case DossierStatus::Done:
        return QStringLiteral("Có kết quả giải quyết");
    case DossierStatus::Returned:
        return QStringLiteral("Trả kết quả cho công dân");
    case DossierStatus::Refused:
        return QStringLiteral("Từ chối giải quyết hồ sơ");
    case DossierStatus::Withdrawn:
        return QStringLiteral("Công dân rút hồ sơ");
    case DossierStatus::Stopped:
        return QStringLiteral("Dừng giải quyết hồ sơ");
    }
    return {};
}

QString timelinessText(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::Early:
        return QStringLiteral("Trước hạn");
    case Timeliness::OnTime:
        return QStringLiteral("Đúng hạn");
    case Timeliness::Late:
        return QStringLiteral("Quá hạn");
    }
    return {};
}

// A step done at `at` against the dossier's due date: early, on time or late.
QString stepResult(const QDate &dueDate, const QDateTime &at)
{
    if (!dueDate.isValid() || !at.isValid())
        return {};
    const auto judged = timeliness(DossierStatus::Done, dueDate, at, VietnamTime::legalDate(at));
    return judged ? timelinessText(*judged) : QString();
}

QString registerNote(const Dossier &dossier, const QDate &today, bool apologized)
{
    QStringList notes;
    if (apologized)
        notes << QStringLiteral("Hẹn lại ngày trả (mẫu 04)");
    switch (dossier.status) {
    case DossierStatus::Refused:
        notes << QStringLiteral("Từ chối");
        break;
    case DossierStatus::Withdrawn:
        notes << QStringLiteral("Rút hồ sơ");
        break;
    case DossierStatus::Stopped:
        notes << QStringLiteral("Dừng giải quyết");
        break;
    case DossierStatus::SupplementRequested:
        notes << QStringLiteral("Chờ bổ sung");
        break;
    default:
        break;
    }
    if (const auto judged = timeliness(dossier.status, dossier.dueDate, dossier.doneAt, today))
        notes << timelinessText(*judged);
    return notes.join(QStringLiteral("; "));
}

} // namespace

QString apology04(const FormInput &input)
{
    const Dossier &d = input.dossier;
    const QString agency
        = input.agency.agencyName.trimmed().isEmpty() ? QStringLiteral("Cơ quan") : input.agency.agencyName.trimmed();
    QString html = heading(input.agency, issueDate(input), d.code);
    html += titleBlock(FormRenderer::title(FormKind::Apology04));
    html += QStringLiteral("<p align=\"center\">Kính gửi: <b>Ông/Bà %1</b></p>").arg(esc(d.applicantName));
    html += QStringLiteral("<p>Ngày %1, %2 tiếp nhận giải quyết hồ sơ của Ông/Bà, mã hồ sơ <b>%3</b>, "
                           "nội dung yêu cầu giải quyết: <b>%4</b>.</p>")
                .arg(shortDate(VietnamTime::legalDate(d.receivedAt)), esc(agency), esc(d.code),
                    esc(procedureText(input.procedure, d.procedureCode)));
    html += QStringLiteral("<p>Thời hạn trả kết quả giải quyết hồ sơ: <b>%1</b>.</p>").arg(dayMonthYear(d.dueDate));
    html += QStringLiteral("<p>Tuy nhiên đến nay, %1 chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn. "
                           "Lý do: %2</p>")
                .arg(esc(agency),
                    input.reason.trimmed().isEmpty() ? QStringLiteral("....................")
                                                     : esc(input.reason.trimmed()));
    html += QStringLiteral("<p>Sự chậm trễ này đã gây phiền hà cho Ông/Bà. %1 xin lỗi Ông/Bà và sẽ trả kết quả "
                           "giải quyết hồ sơ cho Ông/Bà vào <b>%2</b>.</p>"
                           "<p>Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.</p>")
                .arg(esc(agency), dayMonthYear(input.newDueDate));
    html += signatures({{QStringLiteral("THỦ TRƯỞNG CƠ QUAN"), input.officerName}});
    return html;
}

QString processControl05(const FormInput &input)
{
    const Dossier &d = input.dossier;
    QString html = heading(input.agency, issueDate(input), d.code);
    html += titleBlock(FormRenderer::title(FormKind::ProcessControl05));
    html += QStringLiteral("<p style=\"margin:2px 0\">Mã hồ sơ: <b>%1</b></p>").arg(esc(d.code));
    html += QStringLiteral("<p style=\"margin:2px 0\">Người nộp: <b>%1</b>; nội dung yêu cầu: <b>%2</b></p>")
                .arg(esc(d.applicantName), esc(procedureText(input.procedure, d.procedureCode)));
    html += QStringLiteral("<p style=\"margin:2px 0\">Ngày tiếp nhận: <b>%1</b>; hẹn trả kết quả: <b>%2</b></p>")
                .arg(timeAndDate(d.receivedAt), dayMonthYear(d.dueDate));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                           "<tr><th width=\"7%\" nowrap>STT</th><th width=\"20%\">Bước xử lý</th>"
                           "<th width=\"22%\">Thời gian giao, nhận hồ sơ</th>"
                           "<th width=\"28%\">Người giao / người nhận (ký)</th>"
                           "<th width=\"11%\">Kết quả (*)</th><th>Ghi chú</th></tr>");
    QString previousActor;
    for (qsizetype i = 0; i < input.events.size(); ++i) {
        const DossierEvent &event = input.events.at(i);
        const QString giver = previousActor.isEmpty() ? d.applicantName : previousActor;
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                               "<td>Giao: %4<br/>Nhận: %5</td><td align=\"center\">%6</td><td>%7</td></tr>")
                    .arg(i + 1)
                    .arg(stepName(event), timeAndDate(event.at), esc(giver), esc(event.actor),
                        stepResult(d.dueDate, event.at), esc(event.note));
        previousActor = event.actor;
    }
    html += QStringLiteral(
        "</table><p><i>(*) Kết quả từng bước so với ngày hẹn trả: trước hạn, đúng hạn hoặc quá hạn.</i></p>");
    return html;
}

QString register06(const FormInput &input)
{
    QString html = heading(input.agency, issueDate(input));
    html += titleBlock(FormRenderer::title(FormKind::Register06),
        QStringLiteral("Từ %1 đến %2").arg(dayMonthYear(input.from), dayMonthYear(input.to)));
    html += QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
        "style=\"font-size:9pt\"><tr><th nowrap>STT</th><th>Mã hồ sơ</th><th>Tên thủ tục hành chính</th>"
        "<th>Tên cá nhân, tổ chức</th><th>Địa chỉ, số điện thoại</th><th>Ngày nhận hồ sơ</th>"
        "<th>Ngày hẹn trả kết quả</th><th>Ngày có kết quả</th><th>Ngày trả kết quả</th>"
        "<th>Ghi chú</th></tr>");
    const QDate today = issueDate(input);
    int row = 0;
    for (const Dossier &d : input.registerRows) {
        const QDate received = VietnamTime::legalDate(d.receivedAt);
        if ((input.from.isValid() && received < input.from) || (input.to.isValid() && received > input.to))
            continue;
        QString procedure = input.procedureNames.value(d.procedureCode);
        if (procedure.isEmpty() && d.procedureCode == input.procedure.code)
            procedure = input.procedure.name;
        procedure = procedure.isEmpty() ? d.procedureCode
                                        : procedure + QStringLiteral(" (") + d.procedureCode + QStringLiteral(")");
        QStringList contact;
        for (const QString &part : {d.address, d.phone}) {
            if (!part.trimmed().isEmpty())
                contact << part.trimmed();
        }
        // Cells joined rather than arg()-ed: a "%1" typed in a name must stay as typed.
        const QStringList cells{QString::number(++row), esc(d.code), esc(procedure), esc(d.applicantName),
            esc(contact.join(QStringLiteral(", "))), shortDateTime(d.receivedAt), shortDate(d.dueDate),
            shortDateTime(d.doneAt), shortDateTime(d.returnedAt),
            esc(registerNote(d, today, input.apologizedCodes.contains(d.code)))};
        html += QStringLiteral("<tr><td>") + cells.join(QStringLiteral("</td><td>")) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>Tổng số: <b>%1</b> hồ sơ.</p>").arg(row);
    return html;
}

} // namespace motcua::print::Forms
