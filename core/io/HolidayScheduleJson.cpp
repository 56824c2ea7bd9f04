#include "HolidayScheduleJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <initializer_list>

namespace motcua::HolidayScheduleJson {

namespace {

const char *const kContext = "motcua::HolidayScheduleJson";
constexpr int kVersion = 1;
// The years the lunar calendar (and so the default arrangement) covers.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

QString formatName()
{
    return QStringLiteral("motcua-holidays");
}

Error errorAt(const char *code, const QString &path, const QString &message)
{
    return makeError(QLatin1String(code), path + QStringLiteral(": ") + message);
}

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString member(const QString &path, const char *key)
{
    return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
}

// Strictness against typos: "day_off" instead of "days_off" would otherwise be silently ignored.
std::optional<Error> checkKeys(
    const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known) {
            return errorAt("calendar.unknown_field", path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                QCoreApplication::translate(kContext, "unknown field"));
        }
    }
    return std::nullopt;
}

Error wrongType(const QString &path, const QString &expected)
{
    return errorAt("calendar.invalid_field", path, QCoreApplication::translate(kContext, "expected %1").arg(expected));
}

QString anArray()
{
    return QCoreApplication::translate(kContext, "an array");
}

QString anObject()
{
    return QCoreApplication::translate(kContext, "an object");
}

// How a wrong value reads in a message: the JSON text itself, or "nothing" when absent.
QString describe(const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate(kContext, "nothing");
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)); // drop the [ ]
}

// A whole number field, refusing 2026.5 and "2026".
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::fabs(number) > 1e9)
        return std::nullopt;
    return static_cast<int>(number);
}

Result<QDate> parseDate(const QJsonValue &value, const QString &path, int year)
{
    if (!value.isString())
        return wrongType(path, QCoreApplication::translate(kContext, "a date as text (YYYY-MM-DD)"));
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QString text = value.toString();
    const auto match = pattern.match(text);
    const QDate date = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QDate();
    if (!date.isValid()) {
        return errorAt("calendar.invalid_date", path,
            QCoreApplication::translate(kContext, "%1 is not a valid date (expected YYYY-MM-DD)").arg(text));
    }
    if (date.year() != year) {
        return errorAt("calendar.date_outside_year", path,
            QCoreApplication::translate(kContext, "%1 is not in the year %2").arg(text).arg(year));
    }
    return date;
}

// {"date": "...", "name": "..."}: an entry of days_off or working_days.
Result<Holiday> parseNamedDay(const QJsonValue &value, const QString &path, int year)
{
    if (!value.isObject())
        return wrongType(path, anObject());
    const QJsonObject object = value.toObject();
    if (auto error = checkKeys(object, path, {"date", "name"}))
        return *error;
    auto date = parseDate(object.value(QLatin1String("date")), member(path, "date"), year);
    if (!date)
        return date.error();
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        return errorAt("calendar.missing_name", member(path, "name"),
            QCoreApplication::translate(kContext, "a name saying why is required"));
    }
    return Holiday{*date, name.toString().trimmed()};
}

Error duplicateDate(const QString &path, const QDate &date)
{
    return errorAt("calendar.duplicate_date", path,
        QCoreApplication::translate(kContext, "%1 is listed twice").arg(date.toString(Qt::ISODate)));
}

Result<QList<Holiday>> parseNamedDays(const QJsonObject &object, const QString &path, const char *key, int year)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString listPath = member(path, key);
    if (value.isUndefined())
        return QList<Holiday>();
    if (!value.isArray())
        return wrongType(listPath, anArray());
    QList<Holiday> days;
    QSet<QDate> seen;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto day = parseNamedDay(array.at(i), indexed(listPath, i), year);
        if (!day)
            return day.error();
        if (seen.contains(day->date))
            return duplicateDate(member(indexed(listPath, i), "date"), day->date);
        seen.insert(day->date);
        days.append(*day);
    }
    return days;
}

Result<HolidaySchedule> parseYear(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return wrongType(path, anObject());
    const QJsonObject object = value.toObject();
    if (auto error
        = checkKeys(object, path, {"year", "replaces_default", "days_off", "removed_days", "working_days", "note"}))
        return *error;

    HolidaySchedule schedule;
    const auto year = wholeNumber(object.value(QLatin1String("year")));
    if (!year)
        return wrongType(member(path, "year"), QCoreApplication::translate(kContext, "a year such as 2026"));
    if (*year < kFirstYear || *year > kLastYear) {
        return errorAt("calendar.invalid_year", member(path, "year"),
            QCoreApplication::translate(kContext, "%1 is outside the supported years %2–%3")
                .arg(*year)
                .arg(kFirstYear)
                .arg(kLastYear));
    }
    schedule.year = *year;

    const QJsonValue replaces = object.value(QLatin1String("replaces_default"));
    if (!replaces.isUndefined() && !replaces.isBool())
        return wrongType(member(path, "replaces_default"), QCoreApplication::translate(kContext, "true or false"));
    schedule.replacesDefault = replaces.toBool(false);

    const QJsonValue note = object.value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isString())
        return wrongType(member(path, "note"), QCoreApplication::translate(kContext, "text"));

    auto daysOff = parseNamedDays(object, path, "days_off", schedule.year);
    if (!daysOff)
        return daysOff.error();
    schedule.daysOff = *daysOff;

    const QJsonValue removed = object.value(QLatin1String("removed_days"));
    const QString removedPath = member(path, "removed_days");
    if (!removed.isUndefined()) {
        if (!removed.isArray())
            return wrongType(removedPath, anArray());
        if (schedule.replacesDefault && !removed.toArray().isEmpty()) {
            return errorAt("calendar.invalid_field", removedPath,
                QCoreApplication::translate(
                    kContext, "there is no default to remove from when replaces_default is true"));
        }
        QSet<QDate> seen;
        const QJsonArray array = removed.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto date = parseDate(array.at(i), indexed(removedPath, i), schedule.year);
            if (!date)
                return date.error();
            if (seen.contains(*date))
                return duplicateDate(indexed(removedPath, i), *date);
            seen.insert(*date);
            schedule.removedDays.append(*date);
        }
    }

    auto workingDays = parseNamedDays(object, path, "working_days", schedule.year);
    if (!workingDays)
        return workingDays.error();
    QSet<QDate> off;
    for (const Holiday &dayOff : schedule.daysOff)
        off.insert(dayOff.date);
    for (qsizetype i = 0; i < workingDays->size(); ++i) {
        const QDate date = workingDays->at(i).date;
        const QString datePath = member(indexed(member(path, "working_days"), i), "date");
        if (date.dayOfWeek() < Qt::Saturday) {
            return errorAt("calendar.not_a_weekend", datePath,
                QCoreApplication::translate(kContext, "%1 is not a Saturday or Sunday, so it is a working day already")
                    .arg(date.toString(Qt::ISODate)));
        }
        if (off.contains(date)) {
            return errorAt("calendar.conflicting_date", datePath,
                QCoreApplication::translate(kContext, "%1 is also listed in days_off").arg(date.toString(Qt::ISODate)));
        }
    }
    schedule.workingDays = *workingDays;
    return schedule;
}

} // namespace

Result<QList<HolidaySchedule>> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(QStringLiteral("calendar.invalid_json"),
            QCoreApplication::translate(kContext, "The holiday file is not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return makeError(QStringLiteral("calendar.invalid_json"),
            QCoreApplication::translate(kContext, "The holiday file must hold a JSON object"));
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != formatName()) {
        return errorAt("calendar.unknown_format", QStringLiteral("format"),
            QCoreApplication::translate(kContext, "expected \"%1\", found %2").arg(formatName(), describe(format)));
    }
    const auto version = wholeNumber(root.value(QLatin1String("format_version")));
    if (version != kVersion) {
        return errorAt("calendar.unsupported_version", QStringLiteral("format_version"),
            QCoreApplication::translate(kContext, "version %1 is not supported (this program reads version %2)")
                .arg(version ? QString::number(*version)
                             : QCoreApplication::translate(kContext, "(missing or not a number)"))
                .arg(kVersion));
    }
    if (auto error = checkKeys(root, QString(), {"format", "format_version", "years", "note"}))
        return *error;
    const QJsonValue note = root.value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isString())
        return wrongType(QStringLiteral("note"), QCoreApplication::translate(kContext, "text"));

    const QJsonValue years = root.value(QLatin1String("years"));
    if (!years.isArray())
        return wrongType(QStringLiteral("years"), anArray());
    QList<HolidaySchedule> schedules;
    QSet<int> seenYears;
    const QJsonArray array = years.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexed(QStringLiteral("years"), i);
        auto schedule = parseYear(array.at(i), path);
        if (!schedule)
            return schedule.error();
        if (seenYears.contains(schedule->year)) {
            return errorAt("calendar.duplicate_year", member(path, "year"),
                QCoreApplication::translate(kContext, "%1 has a schedule already").arg(schedule->year));
        }
        seenYears.insert(schedule->year);
        schedules.append(*schedule);
    }
    return schedules;
}

QByteArray write(const QList<HolidaySchedule> &schedules)
{
    const auto namedDays = [](const QList<Holiday> &days) {
        QJsonArray array;
        for (const Holiday &day : days) {
            array.append(QJsonObject{
                {QStringLiteral("date"), day.date.toString(Qt::ISODate)}, {QStringLiteral("name"), day.name}});
        }
        return array;
    };
    QJsonArray years;
    for (const HolidaySchedule &schedule : schedules) {
        QJsonArray removed;
        // A replacing schedule has no default to remove from; parse() refuses such a list.
        if (!schedule.replacesDefault) {
            for (const QDate &date : schedule.removedDays)
                removed.append(date.toString(Qt::ISODate));
        }
        years.append(QJsonObject{
            {QStringLiteral("year"), schedule.year},
            {QStringLiteral("replaces_default"), schedule.replacesDefault},
            {QStringLiteral("days_off"), namedDays(schedule.daysOff)},
            {QStringLiteral("removed_days"), removed},
            {QStringLiteral("working_days"), namedDays(schedule.workingDays)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), kVersion},
        {QStringLiteral("years"), years},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace motcua::HolidayScheduleJson
