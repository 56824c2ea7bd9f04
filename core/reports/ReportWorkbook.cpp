#include "ReportWorkbook.h"

#include "DossierRegister.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

namespace motcua::ReportWorkbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::ReportWorkbook", text);
}

// Spelled out with its context: lupdate would file a tr() inside PendingWorkbook under the class.
const char *const kNotPutInPlace = QT_TRANSLATE_NOOP("motcua::ReportWorkbook", "the file could not be put in place");

Error writeFailed(const QString &path, const QString &why)
{
    return makeError(QStringLiteral("report.write_failed"), tr("Could not write %1: %2").arg(path, why));
}

// A workbook being written to "<path>.part", renamed over `path` by commit().
class PendingWorkbook final
{
public:
    PendingWorkbook(QString path, bool streaming)
        : m_path(std::move(path))
        , m_partPath(m_path + QStringLiteral(".part"))
    {
        lxw_workbook_options options{};
        options.constant_memory = streaming ? LXW_TRUE : LXW_FALSE;
        const QByteArray tempDir = QFile::encodeName(QFileInfo(m_path).absolutePath());
        options.tmpdir = const_cast<char *>(tempDir.constData());
        m_workbook = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
        if (m_workbook) {
            m_bold = workbook_add_format(m_workbook);
            format_set_bold(m_bold);
            format_set_text_wrap(m_bold);
            format_set_border(m_bold, LXW_BORDER_THIN);
            m_title = workbook_add_format(m_workbook);
            format_set_bold(m_title);
            format_set_font_size(m_title, 14);
            m_cell = workbook_add_format(m_workbook);
            format_set_border(m_cell, LXW_BORDER_THIN);
        }
    }
    ~PendingWorkbook()
    {
        if (m_workbook)
            workbook_close(m_workbook); // an abandoned workbook: close it, then drop the part file
        if (!m_committed)
            QFile::remove(m_partPath);
    }
    PendingWorkbook(const PendingWorkbook &) = delete;
    PendingWorkbook &operator=(const PendingWorkbook &) = delete;

    bool isOpen() const { return m_workbook != nullptr; }
    lxw_worksheet *addSheet(const QString &name)
    {
        return workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    }
    void text(lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *format = nullptr)
    {
        worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
            value.toUtf8().constData(), format ? format : m_cell);
    }
    void number(lxw_worksheet *sheet, int row, int column, double value)
    {
        worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, m_cell);
    }
    lxw_format *bold() const { return m_bold; }
    lxw_format *title() const { return m_title; }

    Status commit()
    {
        const lxw_error closed = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (closed != LXW_NO_ERROR)
            return writeFailed(m_path, QString::fromUtf8(lxw_strerror(closed)));
        QFile::remove(m_path);
        if (!QFile::rename(m_partPath, m_path))
            return writeFailed(m_path, tr(kNotPutInPlace));
        m_committed = true;
        return {};
    }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QString m_partPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_cell = nullptr;
    bool m_committed = false;
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QString timelinessText(const QString &key)
{
    if (key == QLatin1String("early"))
        return QStringLiteral("Trước hạn");
    if (key == QLatin1String("on_time"))
        return QStringLiteral("Đúng hạn");
    if (key == QLatin1String("late"))
        return QStringLiteral("Quá hạn");
    return {};
}

// The register is a document of the administration: its words are Vietnamese whatever the UI.
QString statusText(const QString &key)
{
    static const QHash<QString, QString> names{{QStringLiteral("received"), QStringLiteral("Đã tiếp nhận")},
        {QStringLiteral("in_process"), QStringLiteral("Đang giải quyết")},
        {QStringLiteral("supplement_requested"), QStringLiteral("Chờ bổ sung hồ sơ")},
        {QStringLiteral("financial_obligation"), QStringLiteral("Chờ thực hiện nghĩa vụ tài chính")},
        {QStringLiteral("done"), QStringLiteral("Đã có kết quả")},
        {QStringLiteral("returned"), QStringLiteral("Đã trả kết quả")},
        {QStringLiteral("refused"), QStringLiteral("Từ chối giải quyết")},
        {QStringLiteral("withdrawn"), QStringLiteral("Công dân rút hồ sơ")},
        {QStringLiteral("stopped"), QStringLiteral("Dừng giải quyết")}};
    return names.value(key, key);
}

QString periodText(const QDate &from, const QDate &to)
{
    return QStringLiteral("Từ ngày %1 đến ngày %2").arg(dateText(from), dateText(to));
}

void writeHeader(PendingWorkbook &book, lxw_worksheet *sheet, int row, const QStringList &titles)
{
    for (int column = 0; column < titles.size(); ++column)
        book.text(sheet, row, column, titles.at(column), book.bold());
}

const QStringList &countTitles()
{
    static const QStringList titles{QStringLiteral("Kỳ trước chuyển sang"), QStringLiteral("Tiếp nhận trong kỳ"),
        QStringLiteral("Tổng số phải giải quyết"), QStringLiteral("Đã giải quyết trước hạn"),
        QStringLiteral("Đã giải quyết đúng hạn"), QStringLiteral("Đã giải quyết quá hạn"),
        QStringLiteral("Từ chối, rút, dừng"), QStringLiteral("Đang giải quyết trong hạn"),
        QStringLiteral("Đang giải quyết quá hạn"), QStringLiteral("Tỉ lệ đúng hạn (%)")};
    return titles;
}

// The counts in the order of countTitles(), without the percentage.
QList<double> countValues(const StatisticsCounts &c)
{
    return {double(c.carriedOver), double(c.received), double(c.onHand()), double(c.doneEarly), double(c.doneOnTime),
        double(c.doneLate), double(c.ended), double(c.openNotDue), double(c.openOverdue)};
}

// The on-time share rounded to a tenth, or a dash when nothing was done.
void writePercent(PendingWorkbook &book, lxw_worksheet *sheet, int row, int column, const StatisticsCounts &c)
{
    const double percent = c.onTimePercent();
    if (percent < 0)
        book.text(sheet, row, column, QStringLiteral("–"));
    else
        book.number(sheet, row, column, qRound(percent * 10.0) / 10.0);
}

void writeCounts(PendingWorkbook &book, lxw_worksheet *sheet, int row, int firstColumn, const StatisticsCounts &c)
{
    int column = firstColumn;
    for (double value : countValues(c))
        book.number(sheet, row, column++, value);
    writePercent(book, sheet, row, column, c);
}

void writeBreakdown(PendingWorkbook &book, const QString &sheetName, const QString &firstTitle,
    const PeriodStatistics &statistics, const QList<StatisticsLine> &lines)
{
    lxw_worksheet *sheet = book.addSheet(sheetName);
    book.text(sheet, 0, 0, sheetName, book.title());
    book.text(sheet, 1, 0, periodText(statistics.from, statistics.to), nullptr);
    writeHeader(book, sheet, 3, QStringList{firstTitle} + countTitles());
    worksheet_set_column(sheet, 0, 0, 48, nullptr);
    worksheet_set_column(sheet, 1, 10, 14, nullptr);
    int row = 4;
    for (const StatisticsLine &line : lines) {
        book.text(sheet, row, 0, line.label);
        writeCounts(book, sheet, row, 1, line.counts);
        ++row;
    }
    book.text(sheet, row, 0, QStringLiteral("Tổng cộng"), book.bold());
    writeCounts(book, sheet, row, 1, statistics.total);
}

} // namespace

Result<int> writeRegister(
    Database &database, const QDate &from, const QDate &to, const QDate &today, const QString &path)
{
    PendingWorkbook book(path, true);
    if (!book.isOpen())
        return writeFailed(path, tr("the folder is missing or not writable"));
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("Sổ theo dõi hồ sơ"));
    worksheet_set_column(sheet, 0, 0, 6, nullptr);
    worksheet_set_column(sheet, 1, 1, 26, nullptr);
    worksheet_set_column(sheet, 2, 2, 40, nullptr);
    worksheet_set_column(sheet, 3, 4, 26, nullptr);
    worksheet_set_column(sheet, 5, 11, 17, nullptr);
    book.text(sheet, 0, 0, QStringLiteral("SỔ THEO DÕI HỒ SƠ"), book.title());
    book.text(sheet, 1, 0, periodText(from, to), nullptr);
    writeHeader(book, sheet, 3,
        {QStringLiteral("STT"), QStringLiteral("Mã hồ sơ"), QStringLiteral("Tên thủ tục hành chính"),
            QStringLiteral("Tên cá nhân, tổ chức"), QStringLiteral("Địa chỉ"), QStringLiteral("Ngày tiếp nhận"),
            QStringLiteral("Ngày hẹn trả kết quả"), QStringLiteral("Ngày chuyển xử lý"),
            QStringLiteral("Ngày có kết quả"), QStringLiteral("Ngày trả kết quả"), QStringLiteral("Tình trạng"),
            QStringLiteral("Ghi chú")});
    int rows = 0;
    const Status walked = forEachRegisterRow(database, from, to, today, [&](const RegisterRow &r) {
        const int row = 3 + r.number;
        book.number(sheet, row, 0, r.number);
        book.text(sheet, row, 1, r.code);
        book.text(sheet, row, 2, r.procedureName.isEmpty() ? r.procedureCode : r.procedureName);
        book.text(sheet, row, 3, r.applicantName);
        book.text(sheet, row, 4, r.applicantAddress);
        book.text(sheet, row, 5, timeText(r.receivedAt));
        book.text(sheet, row, 6, dateText(r.dueDate));
        book.text(sheet, row, 7, timeText(r.handedOverAt));
        book.text(sheet, row, 8, timeText(r.doneAt));
        book.text(sheet, row, 9, timeText(r.returnedAt));
        const QString judged = timelinessText(r.timeliness);
        book.text(
            sheet, row, 10, statusText(r.status) + (judged.isEmpty() ? QString() : QStringLiteral(" – ") + judged));
        book.text(sheet, row, 11, r.note);
        rows = r.number;
    });
    if (!walked)
        return walked.error();
    if (Status committed = book.commit(); !committed)
        return committed.error();
    return rows;
}

Status writeStatistics(const PeriodStatistics &statistics, const QString &communeName, const QString &path)
{
    PendingWorkbook book(path, false);
    if (!book.isOpen())
        return writeFailed(path, tr("the folder is missing or not writable"));
    lxw_worksheet *summary = book.addSheet(QStringLiteral("Tổng hợp"));
    worksheet_set_column(summary, 0, 0, 34, nullptr);
    worksheet_set_column(summary, 1, 1, 14, nullptr);
    book.text(summary, 0, 0, QStringLiteral("BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"), book.title());
    book.text(summary, 1, 0, communeName, nullptr);
    book.text(summary, 2, 0, periodText(statistics.from, statistics.to), nullptr);
    int row = 4;
    const QStringList &titles = countTitles();
    const QList<double> values = countValues(statistics.total);
    for (int i = 0; i < values.size(); ++i) {
        book.text(summary, row, 0, titles.at(i), book.bold());
        book.number(summary, row++, 1, values.at(i));
    }
    book.text(summary, row, 0, titles.last(), book.bold());
    writePercent(book, summary, row, 1, statistics.total);

    writeBreakdown(book, QStringLiteral("Theo lĩnh vực"), QStringLiteral("Lĩnh vực"), statistics, statistics.bySector);
    writeBreakdown(
        book, QStringLiteral("Theo thủ tục"), QStringLiteral("Thủ tục hành chính"), statistics, statistics.byProcedure);
    writeBreakdown(book, QStringLiteral("Theo cán bộ"), QStringLiteral("Cán bộ"), statistics, statistics.byOfficer);
    return book.commit();
}

} // namespace motcua::ReportWorkbook
