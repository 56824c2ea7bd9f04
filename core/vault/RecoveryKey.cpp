#include "RecoveryKey.h"

#include "Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace motcua::vault {

namespace {

const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kChars = RecoveryKey::kBytes * 8 / 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::vault::RecoveryKey", text);
}

int valueOf(QChar c)
{
    c = c.toUpper();
    if (c == QLatin1Char('O'))
        c = QLatin1Char('0');
    if (c == QLatin1Char('I') || c == QLatin1Char('L'))
        c = QLatin1Char('1');
    for (int i = 0; i < 32; ++i) {
        if (QLatin1Char(kAlphabet[i]) == c)
            return i;
    }
    return -1;
}

} // namespace

RecoveryKey RecoveryKey::random()
{
    RecoveryKey key;
    key.m_bytes.resize(kBytes);
    if (sodiumReady())
        randombytes_buf(key.m_bytes.data(), kBytes);
    return key;
}

Result<RecoveryKey> RecoveryKey::parse(const QString &text)
{
    QList<int> values;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = valueOf(c);
        if (value < 0) {
            return makeError(QStringLiteral("vault.recovery_malformed"),
                tr("The recovery key contains \"%1\", which is not one of its letters or digits.").arg(c));
        }
        values.append(value);
    }
    if (values.size() != kChars) {
        return makeError(QStringLiteral("vault.recovery_malformed"),
            tr("A recovery key has %1 letters and digits; %2 were typed.").arg(kChars).arg(values.size()));
    }
    RecoveryKey key;
    key.m_bytes.resize(kBytes);
    quint64 buffer = 0;
    int bits = 0;
    int out = 0;
    for (const int value : values) {
        buffer = (buffer << 5) | static_cast<quint64>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.m_bytes[out++] = static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return key;
}

QString RecoveryKey::text() const
{
    QString plain;
    quint64 buffer = 0;
    int bits = 0;
    for (const char byte : m_bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            plain.append(QLatin1Char(kAlphabet[(buffer >> bits) & 31U]));
        }
    }
    QString grouped;
    for (int i = 0; i < plain.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped.append(QLatin1Char('-'));
        grouped.append(plain.mid(i, 4));
    }
    return grouped;
}

} // namespace motcua::vault
