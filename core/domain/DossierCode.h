#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace motcua {

// The human dossier code (mã hồ sơ) printed on the receipt: "<agency>-<YYMMDD>-<TAG>-<SEQ>",
// e.g. "12345-261123-K7Q2-0042" (docs/dossier-code.md). TAG is the receiving device's tag and SEQ
// that device's sequence for the day (four digits, more when it overflows), which makes codes
// unique across devices without asking the server.
struct DossierCode
{
    QString agency; // the commune (or agency) code: letters, digits and dots, no '-'
    QDate day; // the legal date of receipt
    QString deviceTag;
    int sequence = 0; // from 1

    QString toString() const;
    static std::optional<DossierCode> parse(const QString &text);
};

} // namespace motcua
