#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "domain/Deadline.h"
#include "domain/LunarCalendar.h"
#include "domain/VietnamTime.h"
#include "io/HolidayScheduleJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

// The sexagenary name of a lunar year ("Bính Ngọ" for 2026), as printed on Vietnamese calendars.
QString lunarYearName(int year)
{
    static const char *const stems[] = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    static const char *const branches[]
        = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
    return QString::fromUtf8(stems[(year + 6) % 10]) + QLatin1Char(' ') + QString::fromUtf8(branches[(year + 8) % 12]);
}

// The published schedules apply when this data folder has a store; a bare query creates none.
Result<WorkCalendar> calendarFor(CliContext &context)
{
    if (!QFile::exists(QDir(context.dataDir()).filePath(QStringLiteral("motcua.db"))))
        return WorkCalendar();
    return context.workCalendar();
}

int runLunar(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli calendar lunar DATE... [--json]"),
        tr("Convert solar dates (YYYY-MM-DD) to the Vietnamese lunar calendar."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().isEmpty())
        return context.fail(tr("calendar lunar needs at least one date (YYYY-MM-DD)"));

    QJsonArray results;
    QStringList lines;
    for (const QString &text : parser.positional()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            return context.fail(tr("'%1' is not a date; write it as YYYY-MM-DD").arg(text));
        const auto lunar = LunarCalendar::fromSolar(date);
        if (!lunar) {
            return context.fail(tr("%1 is outside the supported range %2 to %3")
                                    .arg(text, LunarCalendar::firstSupportedDate().toString(Qt::ISODate),
                                        LunarCalendar::lastSupportedDate().toString(Qt::ISODate)));
        }
        results.append(
            QJsonObject{{QStringLiteral("solar"), date.toString(Qt::ISODate)}, {QStringLiteral("day"), lunar->day},
                {QStringLiteral("month"), lunar->month}, {QStringLiteral("year"), lunar->year},
                {QStringLiteral("leap"), lunar->leap}, {QStringLiteral("year_name"), lunarYearName(lunar->year)}});
        lines << tr("%1  lunar %2/%3%4/%5 (%6)")
                     .arg(date.toString(Qt::ISODate))
                     .arg(lunar->day)
                     .arg(lunar->month)
                     .arg(lunar->leap ? tr(" leap") : QString())
                     .arg(lunar->year)
                     .arg(lunarYearName(lunar->year));
    }
    if (parser.json())
        context.printJson(QJsonDocument(results));
    else
        context.out() << lines.join(QLatin1Char('\n')) << Qt::endl;
    return 0;
}

int runHolidays(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli calendar holidays YEAR [--json]"),
        tr("List the non-working holidays and compensatory days of a year."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    bool isNumber = false;
    const int year = parser.positional().value(0).toInt(&isNumber);
    if (parser.positional().size() != 1 || !isNumber || year < 1901 || year > 2199)
        return context.fail(tr("calendar holidays needs one year between 1901 and 2199"));
    auto calendar = calendarFor(context);
    if (!calendar)
        return context.fail(calendar.error());

    QJsonArray results;
    for (const Holiday &holiday : calendar->holidays(year)) {
        results.append(QJsonObject{{QStringLiteral("date"), holiday.date.toString(Qt::ISODate)},
            {QStringLiteral("name"), holiday.name},
            {QStringLiteral("working_day"), calendar->isWorkingDay(holiday.date)}});
        if (!parser.json()) {
            context.out() << holiday.date.toString(Qt::ISODate) << QStringLiteral("  ")
                          << QLocale(QLocale::Vietnamese).dayName(holiday.date.dayOfWeek(), QLocale::ShortFormat)
                          << QStringLiteral("  ") << holiday.name << Qt::endl;
        }
    }
    if (parser.json())
        context.printJson(QJsonDocument(results));
    return 0;
}

int runDue(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli calendar due --from ISO8601 --working-days N [--json]"),
        tr("Compute the due date of a dossier received at a given time."));
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("Time of receipt (ISO 8601)."), tr("time")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("working-days"), tr("Processing time in working days (0: same day)."), tr("N")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    const auto from = VietnamTime::parseIso(parser.value(QStringLiteral("from")));
    if (!from)
        return context.fail(tr("--from needs a date or time in ISO 8601, e.g. 2026-11-23T09:30"));
    bool isNumber = false;
    const int days = parser.value(QStringLiteral("working-days")).toInt(&isNumber);
    if (!isNumber || days < 0 || days > 365)
        return context.fail(tr("--working-days needs a whole number from 0 to 365"));
    auto calendar = calendarFor(context);
    if (!calendar)
        return context.fail(calendar.error());
    const QDate due = Deadline::dueDate(*calendar, *from, days);
    if (parser.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("due_date"), due.toString(Qt::ISODate)}}));
    else
        context.out() << due.toString(Qt::ISODate) << Qt::endl;
    return 0;
}

// Stores a province-published schedule; years already stored are replaced, others kept.
int runImport(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli calendar import FILE"),
        tr("Store a holiday schedule published by the province (docs/calendar-format.md)."));
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("calendar import needs one file"));
    if (auto allowed = context.require(Permission::ChangeSettings); !allowed)
        return context.fail(allowed.error());
    QFile file(parser.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    auto incoming = HolidayScheduleJson::parse(file.readAll());
    if (!incoming)
        return context.fail(tr("%1: %2").arg(file.fileName(), incoming.error().message));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());

    QMap<int, HolidaySchedule> byYear;
    const QString stored = (*db)->meta(QStringLiteral("holiday_schedules"));
    if (!stored.isEmpty()) {
        auto existing = HolidayScheduleJson::parse(stored.toUtf8());
        if (!existing)
            return context.fail(existing.error());
        for (const HolidaySchedule &schedule : existing.value())
            byYear.insert(schedule.year, schedule);
    }
    for (const HolidaySchedule &schedule : incoming.value())
        byYear.insert(schedule.year, schedule);
    const QByteArray merged = HolidayScheduleJson::write(byYear.values());
    auto status
        = (*db)->write([&] { return (*db)->setMeta(QStringLiteral("holiday_schedules"), QString::fromUtf8(merged)); });
    if (!status)
        return context.fail(status.error());
    QStringList years;
    for (const HolidaySchedule &schedule : incoming.value())
        years << QString::number(schedule.year);
    context.out() << tr("Holiday schedule stored for %1.").arg(years.join(QStringLiteral(", "))) << Qt::endl;
    return 0;
}

} // namespace

int runCalendar(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("lunar"))
        return runLunar(context, rest);
    if (sub == QLatin1String("holidays"))
        return runHolidays(context, rest);
    if (sub == QLatin1String("due"))
        return runDue(context, rest);
    if (sub == QLatin1String("import"))
        return runImport(context, rest);
    return context.fail(tr("usage: motcua-cli calendar lunar DATE... | holidays YEAR | due --from T --working-days N | "
                           "import FILE"));
}

} // namespace motcua::cli
