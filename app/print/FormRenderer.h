#pragma once

#include "domain/Dossier.h"
#include "domain/Procedure.h"
#include "domain/Result.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace motcua::print {

// The forms of the one-stop desk (Circular 01/2018/TT-VPCP, DOMAIN.md "Forms of the one-stop desk").
enum class FormKind {
    Receipt01, // Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    SupplementRequest02, // Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    Refusal03, // Phiếu từ chối tiếp nhận, giải quyết hồ sơ
    Apology04, // Phiếu xin lỗi và hẹn lại ngày trả kết quả
    ProcessControl05, // Phiếu kiểm soát quá trình giải quyết hồ sơ
    Register06, // Sổ theo dõi hồ sơ
};

// Who issues the form, as printed in its heading.
struct AgencyInfo
{
    QString agencyName; // "Ủy ban nhân dân xã Mường Chà"
    QString communeName; // the place on the date line: "Mường Chà"
    QString province; // "Điện Biên"
    QString returnPlace; // where results are collected (form 01); empty: the procedure's result delivery
};

// Everything a form prints. Unused fields are ignored by the forms that do not need them.
struct FormInput
{
    FormKind kind = FormKind::Receipt01;
    Dossier dossier;
    Procedure procedure;
    QList<DossierEvent> events; // form 05, oldest first
    AgencyInfo agency;
    QString officerName; // who signs (receiving officer, guide, head of the agency)
    QString reason; // 02: the missing or wrong documents, one per line; 03: reasons; 04: reason for delay
    QDate newDueDate; // 04
    QList<Dossier> registerRows; // 06: rows received from `from` to `to` (others are left out)
    QDate from;
    QDate to;
    // Additions to the shared contract:
    QDate issuedOn; // date line of forms 02–06; null: today (Vietnam time). Form 01 uses the receipt.
    QMap<QString, QString> procedureNames; // 06: procedure code → name (the row shows the code otherwise)
    QSet<QString> apologizedCodes; // 06: dossiers given a new date with form 04 (noted in their row)
};

// Renders the forms in Vietnamese legal text (the forms are legal documents: their wording does not
// follow the UI language).
class FormRenderer final
{
public:
    static constexpr int kQrQuietZone = 4; // modules of white border around the QR code

    static QString title(FormKind kind); // "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", …

    // The form as HTML. Form 01 refers to its QR code as the image resource qrResourceUrl().
    static QString html(const FormInput &input);

    // Ready to print or preview (A4, serif font), with the QR image resource of form 01.
    static std::unique_ptr<QTextDocument> document(const FormInput &input);

    // A4 PDF (form 06 landscape), written atomically: on failure no file is left. Error
    // "print.write_failed" names the path.
    static Status writePdf(const FormInput &input, const QString &path);

    // The QR code (error correction M, 8-bit UTF-8) of text: square, moduleSize pixels per module,
    // kQrQuietZone white modules around. An empty image when text is empty, too long, or
    // moduleSize < 1.
    static QImage qrCode(const QString &text, int moduleSize = 4);

    static QUrl qrResourceUrl();
};

} // namespace motcua::print
