#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

// The store's timestamp text, "YYYY-MM-DDTHH:MM:SS+07:00", written without QDateTime::toString:
// that goes through printf and time-zone lookups, which dominated a bulk receipt of thousands of
// dossiers. Gives exactly what VietnamTime::toIso gives for years 1000..9999 (the tests check it).
namespace motcua::IsoTime {

// Whole seconds since the epoch, rounded down (also before 1970, where division truncates up).
inline qint64 floorSeconds(const QDateTime &at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

inline QByteArray utf8(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    constexpr qint64 kOffset = 7 * 3600;
    const qint64 local = floorSeconds(at) + kOffset;
    qint64 days = local / 86400;
    qint64 second = local % 86400;
    if (second < 0) {
        second += 86400;
        --days;
    }
    const QDate date = QDate::fromJulianDay(2440588 + days); // 2440588: 1970-01-01
    const int year = date.year();
    const int hour = static_cast<int>(second / 3600);
    const int minute = static_cast<int>(second / 60 % 60);
    const int sec = static_cast<int>(second % 60);
    char text[26] = "0000-00-00T00:00:00+07:00";
    auto put = [&text](int position, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[position + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, hour, 2);
    put(14, minute, 2);
    put(17, sec, 2);
    return QByteArray(text, 25);
}

inline QString text(const QDateTime &at)
{
    return QString::fromLatin1(utf8(at));
}

} // namespace motcua::IsoTime
