#include "FormRenderer.h"

#include "domain/SystemErrorText.h"

#include "Forms.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <qrencode.h>

namespace motcua::print {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::print::FormRenderer", text);
}

// Vietnamese administrative documents are set in Times New Roman 13–14 pt (Decree 30/2020);
// fontconfig falls back to a metric-compatible or serif face that has the Vietnamese letters.
QFont formFont(FormKind kind)
{
    QFont font(QStringLiteral("Times New Roman"), kind == FormKind::Register06 ? 10 : 12);
    font.setStyleHint(QFont::Serif);
    return font;
}

QPageLayout pageLayout(FormKind kind)
{
    // Decree 30/2020 margins: left 30 mm, right 15–20, top and bottom 20–25.
    return QPageLayout(QPageSize(QPageSize::A4),
        kind == FormKind::Register06 ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(30, 20, 15, 20),
        QPageLayout::Millimeter);
}

// The signature block is a table whose cells say "(Ký và ghi rõ họ tên)". When the layout splits
// it across two pages (form 01 with several documents), it starts on the next page instead: a
// signature never stands apart from its title.
void keepSignaturesOnOnePage(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextCursor cells(table->firstCursorPosition());
        cells.setPosition(table->lastPosition(), QTextCursor::KeepAnchor);
        if (!cells.selectedText().contains(QStringLiteral("Ký và ghi rõ họ tên")))
            continue;
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        if (int(box.top() / pageHeight) == int((box.bottom() - 1) / pageHeight))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

} // namespace

QString FormRenderer::title(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt01:
        return QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
    case FormKind::SupplementRequest02:
        return QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
    case FormKind::Refusal03:
        return QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ");
    case FormKind::Apology04:
        return QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
    case FormKind::ProcessControl05:
        return QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
    case FormKind::Register06:
        return QStringLiteral("SỔ THEO DÕI HỒ SƠ");
    }
    return {};
}

QUrl FormRenderer::qrResourceUrl()
{
    return QUrl(QStringLiteral("motcua-qr:dossier-code"));
}

QString FormRenderer::html(const FormInput &input)
{
    QString body;
    switch (input.kind) {
    case FormKind::Receipt01:
        body = Forms::receipt01(input);
        break;
    case FormKind::SupplementRequest02:
        body = Forms::supplementRequest02(input);
        break;
    case FormKind::Refusal03:
        body = Forms::refusal03(input);
        break;
    case FormKind::Apology04:
        body = Forms::apology04(input);
        break;
    case FormKind::ProcessControl05:
        body = Forms::processControl05(input);
        break;
    case FormKind::Register06:
        body = Forms::register06(input);
        break;
    }
    return QStringLiteral("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"/><title>%1</title></head>"
                          "<body>")
               .arg(title(input.kind).toHtmlEscaped())
        + body + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> FormRenderer::document(const FormInput &input)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(formFont(input.kind));
    if (input.kind == FormKind::Receipt01) {
        const QImage qr = qrCode(input.dossier.code, 4);
        if (!qr.isNull())
            document->addResource(QTextDocument::ImageResource, qrResourceUrl(), qr);
    }
    document->setHtml(html(input));
    // Lay out at the printable width of the page, so that a preview shows what prints.
    // QTextDocument lays out in pixels of a 96 dpi device and scales to the printer's resolution.
    constexpr qreal kLayoutDpi = 96.0;
    const QSizeF points = pageLayout(input.kind).paintRect(QPageLayout::Point).size();
    document->setPageSize(points * (kLayoutDpi / 72.0));
    keepSignaturesOnOnePage(*document);
    return document;
}

Status FormRenderer::writePdf(const FormInput &input, const QString &path)
{
    if (path.trimmed().isEmpty())
        return makeError(QStringLiteral("print.write_failed"), tr("No file name was given for the PDF."));
    // QSaveFile writes beside the target and renames on commit: a failure leaves no partial file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(QStringLiteral("print.write_failed"),
            tr("The PDF could not be written to %1: %2")
                .arg(QFileInfo(path).absoluteFilePath(), SystemErrorText::file(file.errorString())));
    }
    const std::unique_ptr<QTextDocument> document = FormRenderer::document(input);
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout(input.kind));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("MotCua"));
        writer.setTitle(title(input.kind));
        document->print(&writer);
    }
    if (file.size() == 0 || !file.commit()) {
        file.cancelWriting();
        return makeError(QStringLiteral("print.write_failed"),
            tr("The PDF could not be written to %1: %2")
                .arg(QFileInfo(path).absoluteFilePath(), SystemErrorText::file(file.errorString())));
    }
    return {};
}

QImage FormRenderer::qrCode(const QString &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * kQrQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    if (image.isNull()) {
        QRcode_free(code);
        return {};
    }
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte of QRcode::data is the module: 1 = dark.
            if ((code->data[y * modules + x] & 1) == 0)
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((x + kQrQuietZone) * moduleSize + dx, (y + kQrQuietZone) * moduleSize + dy, 1);
            }
        }
    }
    QRcode_free(code);
    return image;
}

} // namespace motcua::print
