#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::vault {

// The key that opens a data folder when no officer can: 160 random bits, shown once to the
// administrator as eight groups of four Crockford base-32 characters ("7KQ2-…") to print and keep
// in the commune's safe. Typing is forgiving: case, spaces, dashes, O/0 and I/L/1 are folded.
class RecoveryKey final
{
public:
    static constexpr int kBytes = 20;

    static RecoveryKey random();
    // "vault.recovery_malformed" when text is not 32 base-32 characters (after folding).
    static Result<RecoveryKey> parse(const QString &text);

    QString text() const; // the grouped form for the sheet
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace motcua::vault
