#include "VietnamTime.h"

#include <QRegularExpression>

namespace motcua::VietnamTime {

namespace {
constexpr int kOffsetSeconds = 7 * 3600;
}

QTimeZone zone()
{
    return QTimeZone(kOffsetSeconds);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone());
}

QDateTime toVietnam(const QDateTime &instant)
{
    return instant.toTimeZone(zone());
}

QDate legalDate(const QDateTime &instant)
{
    return toVietnam(instant).date();
}

QString toIso(const QDateTime &instant)
{
    // Qt writes "+07:00" for a fixed-offset zone with Qt::ISODate.
    QDateTime vn = toVietnam(instant);
    vn.setTime(QTime(vn.time().hour(), vn.time().minute(), vn.time().second()));
    return vn.toString(Qt::ISODate);
}

std::optional<QDateTime> parseIso(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (match.hasCaptured(4)) {
        time = QTime(
            match.captured(4).toInt(), match.captured(5).toInt(), match.hasCaptured(6) ? match.captured(6).toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
    }
    QTimeZone tz = zone();
    if (match.hasCaptured(7)) {
        const QString offset = match.captured(7);
        if (offset == QLatin1String("Z")) {
            tz = QTimeZone::utc();
        } else {
            const QString digits = QString(offset).remove(QLatin1Char(':'));
            const int sign = digits.startsWith(QLatin1Char('-')) ? -1 : 1;
            const int hours = digits.mid(1, 2).toInt();
            const int minutes = digits.mid(3, 2).toInt();
            if (hours > 14 || minutes > 59)
                return std::nullopt;
            tz = QTimeZone(sign * (hours * 3600 + minutes * 60));
        }
    }
    return QDateTime(date, time, tz).toTimeZone(zone());
}

} // namespace motcua::VietnamTime
