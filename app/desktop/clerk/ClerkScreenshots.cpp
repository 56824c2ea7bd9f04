#include "ClerkScreenshots.h"

#include "BundleDialog.h"
#include "ConflictsView.h"
#include "DuplicatesView.h"
#include "ImportDialog.h"
#include "StatisticsView.h"

#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "io/HolidayScheduleJson.h"
#include "io/LegacyEncoding.h"
#include "store/Database.h"
#include "store/SyncState.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace motcua::clerk {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Waits for a screen's worker thread (the store may be large; a minute is plenty for a demo).
template <typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal, bool running)
{
    if (!running)
        return;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

void save(QWidget &widget, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name);
    const bool ok = widget.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
}

void show(QWidget &widget, const QSize &screen)
{
    widget.resize(screen);
    widget.show();
    settle();
}

WorkCalendar calendarOf(Database &database)
{
    WorkCalendar calendar;
    const QString stored = database.meta(QStringLiteral("holiday_schedules"));
    if (stored.isEmpty())
        return calendar;
    auto schedules = HolidayScheduleJson::parse(stored.toUtf8());
    if (schedules) {
        for (const HolidaySchedule &schedule : schedules.value())
            calendar.setSchedule(schedule);
    }
    return calendar;
}

// A short list of old dossiers as a commune kept it in the 2000s: TCVN3 bytes, ';' separated,
// with one row the import would refuse, so the preview shows what it detects and what it flags.
QString writeSampleList(const QString &dir)
{
    const QString text
        = QStringLiteral("Họ và tên;Số CCCD;Mã thủ tục;Ngày tiếp nhận;Trạng thái;Điện thoại\r\n"
                         "Nguyễn Thị Hương;066190000123;1.001193;12/03/2021 08:30;Đang xử lý;0912 345 678\r\n"
                         "Trần Văn Đức;001085000456;1.001193;15/03/2021;Đang xử lý;\r\n"
                         "Hoàng Văn Bé;999190000001;1.001193;17/03/2021;;\r\n"
                         "Lò Thị Xuân;011301000789;1.001193;18/03/2021;;0987 654 321\r\n");
    const QString path = QDir(dir).filePath(QStringLiteral("so-theo-doi-2021.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(LegacyEncoding::encode(text, TextEncoding::Tcvn3));
    return path;
}

} // namespace

void renderClerkScreenshots(const QString &dir, Database &database, Officer officer, const QSize &screen)
{
    QDir().mkpath(dir);
    const auto enrollment = SyncState(database).enrollment();
    const QString commune = enrollment ? enrollment->communeName : QString();

    {
        StatisticsView view(database, officer, commune);
        show(view, screen);
        view.setPreset(StatisticsView::ThisYear);
        view.refresh();
        waitFor(&view, &StatisticsView::computed, view.isComputing());
        save(view, dir, QStringLiteral("statistics.png"));
    }
    {
        ConflictsView view(database, officer);
        show(view, screen);
        save(view, dir, QStringLiteral("conflicts.png"));
    }
    {
        DuplicatesView view(database, officer);
        show(view, screen);
        waitFor(&view, &DuplicatesView::loaded, view.isLoading());
        save(view, dir, QStringLiteral("duplicates.png"));
    }
    {
        QTemporaryDir temp;
        ImportDialog dialog(database, calendarOf(database), officer);
        show(dialog, screen);
        if (temp.isValid())
            dialog.setFile(writeSampleList(temp.path()));
        save(dialog, dir, QStringLiteral("import.png"));
    }
    {
        BundleDialog dialog(database, officer);
        show(dialog, screen);
        save(dialog, dir, QStringLiteral("bundle.png"));
    }
}

} // namespace motcua::clerk
