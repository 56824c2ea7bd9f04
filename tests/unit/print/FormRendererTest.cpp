#include "print/FormRenderer.h"

#include "domain/VietnamTime.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <qrencode.h>

using namespace motcua;
using namespace motcua::print;

namespace {

QDateTime vn(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), VietnamTime::zone());
}

Procedure procedure()
{
    Procedure p;
    p.code = QStringLiteral("2.000815");
    p.name = QStringLiteral("Chứng thực bản sao từ bản chính");
    p.processingDays = 3;
    p.fee = QStringLiteral("2.000 đồng/trang");
    p.resultDelivery = QStringLiteral("Trực tiếp tại Trung tâm");
    return p;
}

Dossier dossier()
{
    Dossier d;
    d.id = QUuid::createUuid();
    d.code = QStringLiteral("01234-260305-K7Q2-0007");
    d.procedureCode = QStringLiteral("2.000815");
    d.applicantName = QStringLiteral("Lò Thị Mai");
    d.citizenId = QStringLiteral("014301000123");
    d.phone = QStringLiteral("0912345678");
    d.address = QStringLiteral("Bản Nà Sang, xã Mường Chà");
    d.email = QStringLiteral("mai@example.vn");
    d.receivedAt = vn(2026, 3, 5, 9, 7);
    d.dueDate = QDate(2026, 3, 10);
    d.documents = {{QStringLiteral("Bản chính giấy khai sinh"), DocumentKind::Original, 1, {}, {}},
        {QStringLiteral("Sổ hộ khẩu"), DocumentKind::Photocopy, 2, {}, {}}};
    return d;
}

FormInput input(FormKind kind)
{
    FormInput in;
    in.kind = kind;
    in.dossier = dossier();
    in.procedure = procedure();
    in.agency = {QStringLiteral("Ủy ban nhân dân xã Mường Chà"), QStringLiteral("Mường Chà"),
        QStringLiteral("Điện Biên"), QStringLiteral("Quầy số 2, Trung tâm Phục vụ hành chính công xã")};
    in.officerName = QStringLiteral("Quàng Văn Đức");
    in.issuedOn = QDate(2026, 1, 9);
    return in;
}

DossierEvent event(const QDateTime &at, const QString &actor, std::optional<DossierStatus> from, DossierStatus to,
    const QString &note = {})
{
    DossierEvent e;
    e.at = at;
    e.actor = actor;
    e.action = from ? QStringLiteral("move") : QStringLiteral("receive");
    e.fromStatus = from;
    e.toStatus = to;
    e.note = note;
    return e;
}

const QString kMotto1 = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
const QString kMotto2 = QStringLiteral("Độc lập - Tự do - Hạnh phúc");

void checkHeading(const QString &rawHtml)
{
    const QString html = QString(rawHtml).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    CHECK(html.contains(kMotto1));
    CHECK(html.contains(kMotto2));
    CHECK(html.contains(QStringLiteral("ỦY BAN NHÂN DÂN XÃ MƯỜNG CHÀ")));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

// The text poppler extracts, or a null string when pdftotext is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("form 01 holds the motto, the applicant, the documents, the times, the fee and the QR")
{
    const QString html = FormRenderer::html(input(FormKind::Receipt01));
    checkHeading(html);
    CHECK(html.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")));
    CHECK(html.contains(QStringLiteral("Mã hồ sơ: 01234-260305-K7Q2-0007")));
    CHECK(html.contains(QStringLiteral("Lò Thị Mai")));
    CHECK(html.contains(QStringLiteral("Bản Nà Sang, xã Mường Chà")));
    CHECK(html.contains(QStringLiteral("0912345678")));
    CHECK(html.contains(QStringLiteral("mai@example.vn")));
    CHECK(html.contains(QStringLiteral("014301000123")));
    CHECK(html.contains(QStringLiteral("Chứng thực bản sao từ bản chính (mã thủ tục 2.000815)")));
    CHECK(html.contains(QStringLiteral("Bản chính giấy khai sinh")));
    CHECK(html.contains(QStringLiteral("Bản chụp")));
    CHECK(html.contains(QStringLiteral("Thành phần hồ sơ")));
    CHECK(html.contains(QStringLiteral("03 ngày làm việc")));
    CHECK(html.contains(QStringLiteral("09 giờ 07 phút, ngày 05 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("ngày 10 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("Mường Chà, ngày 05 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("Quầy số 2, Trung tâm Phục vụ hành chính công xã")));
    CHECK(html.contains(QStringLiteral("2.000 đồng/trang")));
    CHECK(html.contains(QStringLiteral("NGƯỜI NỘP HỒ SƠ")));
    CHECK(html.contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));
    CHECK(html.contains(QStringLiteral("Quàng Văn Đức")));
    CHECK(html.contains(FormRenderer::qrResourceUrl().toString()));

    auto document = FormRenderer::document(input(FormKind::Receipt01));
    const QVariant qr = document->resource(QTextDocument::ImageResource, FormRenderer::qrResourceUrl());
    CHECK_FALSE(qr.value<QImage>().isNull());
    CHECK(document->toPlainText().contains(QStringLiteral("Lò Thị Mai")));
}

TEST_CASE("dates follow the administrative style: leading zero for days and for January and February")
{
    FormInput in = input(FormKind::Receipt01);
    in.dossier.receivedAt = vn(2026, 2, 3, 14, 5);
    const QString html = FormRenderer::html(in);
    CHECK(html.contains(QStringLiteral("14 giờ 05 phút, ngày 03 tháng 02 năm 2026")));
    in.kind = FormKind::Apology04;
    CHECK(FormRenderer::html(in).contains(QStringLiteral("Mường Chà, ngày 09 tháng 01 năm 2026")));
}

TEST_CASE("user text is escaped, never taken as markup")
{
    FormInput in = input(FormKind::Receipt01);
    in.dossier.applicantName = QStringLiteral("<b>Lò</b> & %1");
    const QString html = FormRenderer::html(in);
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Lò&lt;/b&gt; &amp; %1")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Lò</b>")));
}

TEST_CASE("form 02 lists every missing document, one per line, and the guiding officer signs")
{
    FormInput in = input(FormKind::SupplementRequest02);
    in.reason = QStringLiteral("Bản sao giấy chứng nhận kết hôn\n\n  Giấy xác nhận cư trú  \n");
    const QString html = FormRenderer::html(in);
    checkHeading(html);
    CHECK(html.contains(QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")));
    CHECK(html.contains(QStringLiteral("<li>Bản sao giấy chứng nhận kết hôn</li><li>Giấy xác nhận cư trú</li>")));
    CHECK(html.contains(QStringLiteral("Lò Thị Mai")));
    CHECK(html.contains(QStringLiteral("01234-260305-K7Q2-0007")));
    CHECK(html.contains(QStringLiteral("NGƯỜI HƯỚNG DẪN")));
    CHECK(html.contains(QStringLiteral("Quàng Văn Đức")));
}

TEST_CASE("form 03 states the specific reasons of the refusal")
{
    FormInput in = input(FormKind::Refusal03);
    in.reason = QStringLiteral("Thủ tục không thuộc thẩm quyền của xã");
    const QString html = FormRenderer::html(in);
    checkHeading(html);
    CHECK(html.contains(QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ")));
    CHECK(html.contains(QStringLiteral("Thủ tục không thuộc thẩm quyền của xã")));
    CHECK(html.contains(QStringLiteral("Chứng thực bản sao từ bản chính")));
    CHECK(html.contains(QStringLiteral("Lò Thị Mai")));
}

TEST_CASE("form 04 apologises with the original appointment, the reason and the new date")
{
    FormInput in = input(FormKind::Apology04);
    in.reason = QStringLiteral("Cần xác minh thêm tại nơi cư trú");
    in.newDueDate = QDate(2026, 3, 13);
    const QString html = FormRenderer::html(in);
    checkHeading(html);
    CHECK(html.contains(QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")));
    CHECK(html.contains(QStringLiteral("Kính gửi: <b>Ông/Bà Lò Thị Mai</b>")));
    CHECK(html.contains(QStringLiteral("05/03/2026")));
    CHECK(html.contains(QStringLiteral("ngày 10 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("Cần xác minh thêm tại nơi cư trú")));
    CHECK(html.contains(QStringLiteral("ngày 13 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("xin lỗi")));
    CHECK(html.contains(QStringLiteral("THỦ TRƯỞNG CƠ QUAN")));
}

TEST_CASE("form 05 lists every step with its time, both officers and early, on time or late")
{
    FormInput in = input(FormKind::ProcessControl05);
    in.events
        = {event(vn(2026, 3, 5, 9, 7), QStringLiteral("Lò Thị Mai (tiepnhan)"), std::nullopt, DossierStatus::Received),
            event(vn(2026, 3, 5, 10, 30), QStringLiteral("Vàng A Dính (xuly)"), DossierStatus::Received,
                DossierStatus::InProcess),
            event(vn(2026, 3, 10, 16, 0), QStringLiteral("Vàng A Dính (xuly)"), DossierStatus::InProcess,
                DossierStatus::Done),
            event(vn(2026, 3, 12, 8, 15), QStringLiteral("Lò Thị Mai (tiepnhan)"), DossierStatus::Done,
                DossierStatus::Returned, QStringLiteral("Công dân ký nhận"))};
    const QString html = FormRenderer::html(in);
    checkHeading(html);
    CHECK(html.contains(QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")));
    CHECK(html.contains(QStringLiteral("01234-260305-K7Q2-0007")));
    CHECK(html.contains(QStringLiteral("Tiếp nhận hồ sơ")));
    CHECK(html.contains(QStringLiteral("Có kết quả giải quyết")));
    CHECK(html.contains(QStringLiteral("10 giờ 30 phút, ngày 05 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("Giao: Lò Thị Mai (tiepnhan)<br/>Nhận: Vàng A Dính (xuly)")));
    CHECK(html.count(QStringLiteral("Trước hạn")) == 2); // the receipt and the hand-over, before 10/3
    CHECK(html.count(QStringLiteral("Đúng hạn")) == 1); // done on the due date
    CHECK(html.count(QStringLiteral("Quá hạn")) == 1); // returned two days after it
    CHECK(html.contains(QStringLiteral("Công dân ký nhận")));
}

TEST_CASE("form 06 is the register of the dossiers received in the date range")
{
    FormInput in = input(FormKind::Register06);
    in.from = QDate(2026, 3, 1);
    in.to = QDate(2026, 3, 31);
    Dossier inside = dossier();
    inside.doneAt = vn(2026, 3, 11, 9, 0);
    inside.status = DossierStatus::Done;
    Dossier second = dossier();
    second.code = QStringLiteral("01234-260320-K7Q2-0001");
    second.procedureCode = QStringLiteral("1.001193");
    second.applicantName = QStringLiteral("Giàng A Páo");
    second.receivedAt = vn(2026, 3, 20, 8, 0);
    Dossier outside = dossier();
    outside.code = QStringLiteral("01234-260401-K7Q2-0001");
    outside.receivedAt = vn(2026, 4, 1, 8, 0);
    in.registerRows = {inside, second, outside};
    in.procedureNames.insert(QStringLiteral("1.001193"), QStringLiteral("Đăng ký khai sinh"));
    const QString html = FormRenderer::html(in);
    checkHeading(html);
    CHECK(html.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
    CHECK(html.contains(QStringLiteral("Từ ngày 01 tháng 3 năm 2026 đến ngày 31 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("01234-260305-K7Q2-0007")));
    CHECK(html.contains(QStringLiteral("Đăng ký khai sinh (1.001193)")));
    CHECK(html.contains(QStringLiteral("Giàng A Páo")));
    CHECK(html.contains(QStringLiteral("09:00 11/03/2026")));
    CHECK(html.contains(QStringLiteral("Quá hạn"))); // done the day after its due date
    CHECK_FALSE(html.contains(QStringLiteral("01234-260401-K7Q2-0001")));
    CHECK(html.contains(QStringLiteral("Tổng số: <b>2</b> hồ sơ")));
}

TEST_CASE("every form writes a valid A4 PDF with Vietnamese text")
{
    TempDir dir;
    const QString keep = qEnvironmentVariable("MOTCUA_KEEP_PDF_DIR"); // to look at the forms
    for (FormKind kind : {FormKind::Receipt01, FormKind::SupplementRequest02, FormKind::Refusal03, FormKind::Apology04,
             FormKind::ProcessControl05, FormKind::Register06}) {
        const QString path = dir.file(QStringLiteral("form%1.pdf").arg(static_cast<int>(kind) + 1));
        FormInput in = input(kind);
        in.reason = QStringLiteral("Bản sao giấy chứng nhận kết hôn\nGiấy xác nhận cư trú");
        in.newDueDate = QDate(2026, 3, 13);
        in.events = {
            event(vn(2026, 3, 5, 9, 7), QStringLiteral("Lò Thị Mai (tiepnhan)"), std::nullopt, DossierStatus::Received),
            event(vn(2026, 3, 5, 10, 30), QStringLiteral("Vàng A Dính (xuly)"), DossierStatus::Received,
                DossierStatus::InProcess)};
        in.registerRows = {in.dossier};
        in.from = QDate(2026, 3, 1);
        in.to = QDate(2026, 3, 31);
        const Status written = FormRenderer::writePdf(in, path);
        REQUIRE(written.ok());
        const QByteArray pdf = readAll(path);
        CHECK(pdf.startsWith("%PDF-"));
        CHECK(pageCount(pdf) >= 1);
        CHECK(pdf.contains("/FontFile2")); // the font is embedded
        if (!keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
    }
    const QString text = pdfText(dir.file(QStringLiteral("form1.pdf")));
    if (text.isNull()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    } else {
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")));
        CHECK(text.contains(QStringLiteral("Lò Thị Mai")));
        // Each on one line of the page: a wrapped "NAM" would put a line break inside.
        const QString joined = QString(text).replace(QChar(0xa0), QLatin1Char(' '));
        CHECK(joined.contains(kMotto1));
        CHECK(joined.contains(kMotto2));
    }
}

TEST_CASE("a PDF to a folder that does not exist fails naming the path and leaves no file")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("khong-co/bien-nhan.pdf"));
    const Status written = FormRenderer::writePdf(input(FormKind::Receipt01), path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == QStringLiteral("print.write_failed"));
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(FormRenderer::writePdf(input(FormKind::Receipt01), QString()).ok());
}

TEST_CASE("the QR code is square and its modules are libqrencode's for the dossier code")
{
    const QString code = dossier().code;
    const int moduleSize = 3;
    const QImage image = FormRenderer::qrCode(code, moduleSize);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == image.height());

    QRcode *expected = QRcode_encodeString(code.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    REQUIRE(expected != nullptr);
    const int modules = expected->width;
    CHECK(image.width() == (modules + 2 * FormRenderer::kQrQuietZone) * moduleSize);
    int mismatches = 0;
    for (int y = -FormRenderer::kQrQuietZone; y < modules + FormRenderer::kQrQuietZone; ++y) {
        for (int x = -FormRenderer::kQrQuietZone; x < modules + FormRenderer::kQrQuietZone; ++x) {
            const bool inside = x >= 0 && y >= 0 && x < modules && y < modules;
            const bool dark = inside && (expected->data[y * modules + x] & 1) != 0;
            const QPoint centre((x + FormRenderer::kQrQuietZone) * moduleSize + moduleSize / 2,
                (y + FormRenderer::kQrQuietZone) * moduleSize + moduleSize / 2);
            if ((qGray(image.pixel(centre)) < 128) != dark)
                ++mismatches;
        }
    }
    QRcode_free(expected);
    CHECK(mismatches == 0);
}

TEST_CASE("a QR code that cannot be made is an empty image, not a crash")
{
    CHECK(FormRenderer::qrCode(QString()).isNull());
    CHECK(FormRenderer::qrCode(QStringLiteral("abc"), 0).isNull());
    CHECK(FormRenderer::qrCode(QString(8000, QLatin1Char('x'))).isNull()); // beyond version 40
}

TEST_CASE("form 01 with the default agency and an enrolled commune names each once and the place plainly")
{
    FormInput in = input(FormKind::Receipt01);
    in.agency = {QStringLiteral("Trung tâm Phục vụ hành chính công"), QStringLiteral("Xã Minh Quang"), {}, {}};
    const QString html = FormRenderer::html(in);
    CHECK(html.count(QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")) == 1);
    CHECK(html.contains(QStringLiteral("ỦY BAN NHÂN DÂN XÃ MINH QUANG")));
    CHECK(html.contains(QStringLiteral("Minh Quang, ngày 05 tháng 3 năm 2026")));
    CHECK(html.contains(QStringLiteral("Trung tâm Phục vụ hành chính công xã Minh Quang")));
    CHECK_FALSE(html.contains(QStringLiteral(" - Trung tâm")));
    CHECK_FALSE(html.contains(QStringLiteral("Xã Xã"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("..........,")));
    // The national name never wraps: its spaces do not break.
    CHECK(
        html.contains(QStringLiteral("<b>CỘNG&nbsp;HÒA&nbsp;XÃ&nbsp;HỘI&nbsp;CHỦ&nbsp;NGHĨA&nbsp;VIỆT&nbsp;NAM</b>")));
}

TEST_CASE("the signature block of form 01 stays on one page whatever the number of documents, page 1 up to two")
{
    for (int documents = 1; documents <= 12; ++documents) {
        FormInput in = input(FormKind::Receipt01);
        in.dossier.documents.clear();
        for (int i = 0; i < documents; ++i) {
            in.dossier.documents.append({QStringLiteral("Giấy tờ số %1: bản chính giấy khai sinh của người được "
                                                        "đăng ký, có xác nhận của cơ quan có thẩm quyền")
                                             .arg(i + 1),
                DocumentKind::CertifiedCopy, 1, {}, {}});
        }
        auto document = FormRenderer::document(in);
        const qreal page = document->pageSize().height();
        bool found = false;
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            QTextCursor cells(table ? table->firstCursorPosition() : QTextCursor());
            if (!table)
                continue;
            cells.setPosition(table->lastPosition(), QTextCursor::KeepAnchor);
            if (!cells.selectedText().contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")))
                continue;
            found = true;
            const QRectF box = document->documentLayout()->frameBoundingRect(table);
            INFO(documents << " documents: signatures from " << box.top() << " to " << box.bottom() << ", page "
                           << page);
            CHECK(int(box.top() / page) == int((box.bottom() - 1) / page));
            // The usual receipt is one sheet for the citizen: up to two documents even with names
            // this long (each takes two lines of the table).
            if (documents <= 2)
                CHECK(box.bottom() <= page);
        }
        CHECK(found);
    }
}

TEST_CASE("the dossier number in the heading stays on one line")
{
    for (const FormKind kind : {FormKind::Receipt01, FormKind::SupplementRequest02, FormKind::Refusal03}) {
        FormInput in = input(kind);
        in.dossier.code = QStringLiteral("01234-260305-K7Q2-0007");
        auto document = FormRenderer::document(in);
        document->documentLayout(); // lays out
        bool found = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QString text = block.text();
            const qsizetype start = text.indexOf(QStringLiteral("Số:"));
            if (start < 0 || !text.contains(in.dossier.code))
                continue;
            found = true;
            const qsizetype end = text.indexOf(in.dossier.code) + in.dossier.code.size() - 1;
            QTextLayout *layout = block.layout();
            REQUIRE(layout);
            INFO("form " << int(kind) << ": " << text.toStdString());
            CHECK(layout->lineForTextPosition(int(start)).lineNumber()
                == layout->lineForTextPosition(int(end)).lineNumber());
        }
        CHECK(found);
    }
}
