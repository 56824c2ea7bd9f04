#pragma once

#include "io/CatalogJson.h"
#include "store/DossierRepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace motcua::bench {

// Realistic, reproducible data for the store benchmarks: Vietnamese names drawn with the
// frequencies of common surnames, valid citizen IDs, receipts spread over three years.
class BenchData final
{
public:
    explicit BenchData(quint32 seed = 20261123)
        : m_random(seed)
    {
    }

    // A small catalog of commune procedures for the dossiers to refer to.
    static Catalog catalog();

    QString applicantName();
    QString citizenId();
    ReceiveRequest receiveRequest();

    // A folded query as an officer types it: a full name, or its first words and a prefix.
    QString nameQuery();

    QRandomGenerator &random() { return m_random; }

private:
    QRandomGenerator m_random;
    QDateTime m_lastReceipt;
};

} // namespace motcua::bench
