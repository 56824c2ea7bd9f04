#include "LegacyValues.h"

#include "domain/TextFold.h"
#include "domain/VietnamTime.h"

#include <QRegularExpression>

#include <cmath>

namespace motcua::LegacyValues {

namespace {

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2})[:hH](\\d{2})(?::(\\d{2}))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

} // namespace

std::optional<QDateTime> parseDateTime(const QString &input, bool allowSerial)
{
    static const QRegularExpression leadingWord(
        QStringLiteral("^ng[aà]y\\s+"), QRegularExpression::CaseInsensitiveOption);
    const QString text = input.trimmed().normalized(QString::NormalizationForm_C).remove(leadingWord);
    if (text.isEmpty())
        return std::nullopt;
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-'))
        return VietnamTime::parseIso(text);

    if (allowSerial) {
        // Spreadsheet day numbers (1900 date system) from cells that were not formatted as dates.
        static const QRegularExpression serialShape(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
        if (serialShape.match(text).hasMatch()) {
            const double serial = text.toDouble();
            const double days = std::floor(serial);
            const QDate date = QDate(1899, 12, 30).addDays(static_cast<qint64>(days));
            const int seconds = static_cast<int>(std::lround((serial - days) * 86400.0)) % 86400;
            return QDateTime(date, QTime(0, 0).addSecs(seconds), VietnamTime::zone());
        }
    }

    // Day-first dates with an optional time before or after, and "ngày" between them.
    static const QRegularExpression dateShape(
        QStringLiteral("^(?:(\\S+)\\s+(?:ng[aà]y\\s+)?)?(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})"
                       "(?:[\\sT,]+(\\S+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = dateShape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int year = match.captured(4).toInt();
    if (match.captured(4).size() == 2)
        year += year < 70 ? 2000 : 1900;
    const QDate date(year, match.captured(3).toInt(), match.captured(2).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    const QString before = match.captured(1);
    const QString after = match.captured(5);
    if (!before.isEmpty() && !after.isEmpty())
        return std::nullopt;
    if (!before.isEmpty() || !after.isEmpty()) {
        const auto parsed = parseTime(before.isEmpty() ? after : before);
        if (!parsed)
            return std::nullopt;
        time = *parsed;
    }
    return QDateTime(date, time, VietnamTime::zone());
}

std::optional<DossierStatus> parseStatus(const QString &text)
{
    const QString key = TextFold::searchKey(text);
    if (const auto byKey = statusFromKey(text.trimmed().toLower()); byKey)
        return byKey;
    static const QList<std::pair<const char *, DossierStatus>> labels = {
        {"da tiep nhan", DossierStatus::Received},
        {"tiep nhan", DossierStatus::Received},
        {"moi tiep nhan", DossierStatus::Received},
        {"cho xu ly", DossierStatus::Received},
        {"dang xu ly", DossierStatus::InProcess},
        {"dang giai quyet", DossierStatus::InProcess},
        {"dang thu ly", DossierStatus::InProcess},
        {"da giai quyet", DossierStatus::Done},
        {"hoan thanh", DossierStatus::Done},
        {"da hoan thanh", DossierStatus::Done},
        {"co ket qua", DossierStatus::Done},
        {"da co ket qua", DossierStatus::Done},
        {"cho tra ket qua", DossierStatus::Done},
        {"da xu ly", DossierStatus::Done},
        {"da tra ket qua", DossierStatus::Returned},
        {"da tra", DossierStatus::Returned},
        {"tra ket qua", DossierStatus::Returned},
    };
    for (const auto &[label, status] : labels) {
        if (key == QLatin1String(label))
            return status;
    }
    return std::nullopt;
}

QString parseGender(const QString &text)
{
    const QString key = TextFold::searchKey(text);
    if (key == QLatin1String("nam") || key == QLatin1String("m") || key == QLatin1String("male"))
        return QStringLiteral("male");
    if (key == QLatin1String("nu") || key == QLatin1String("f") || key == QLatin1String("female"))
        return QStringLiteral("female");
    return {};
}

} // namespace motcua::LegacyValues
