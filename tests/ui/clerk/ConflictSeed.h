#pragma once

#include "ClerkTestStore.h"

#include "store/DossierJson.h"
#include "store/Outbox.h"
#include "store/RemoteChanges.h"

namespace clerktest {

using namespace motcua;

inline const QString kOtherDevice = QStringLiteral("4d5e6f7a-1b2c-4d3e-8f4a-5b6c7d8e9f00");

// Every pending op acknowledged by the server, as a push that went through would leave it.
inline void acknowledgeAll(Database &db)
{
    auto ops = Outbox(db).pending(-1);
    REQUIRE(ops.ok());
    QList<PushedOpOutcome> outcomes;
    for (const OutboxOp &op : *ops) {
        PushedOpOutcome outcome;
        outcome.op = op;
        outcome.kind = PushedOpOutcome::Kind::Applied;
        outcome.version = op.baseVersion + 1;
        outcomes.append(outcome);
    }
    REQUIRE(RemoteChanges(db).recordPushOutcomes(outcomes).ok());
}

// A dossier moved to "in process" here while the province asked for a supplement and changed
// the phone: the server answers the push with a conflict.
inline motcua::Dossier pushConflict(ClerkStore &store)
{
    const Dossier dossier
        = store.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), vietnam(2026, 1, 5));
    acknowledgeAll(*store.db);
    store.move(dossier.code, DossierStatus::InProcess, vietnam(2026, 1, 5, 10));
    auto ops = Outbox(*store.db).pending(-1);
    REQUIRE(ops.ok());
    REQUIRE(ops->size() == 1);
    QJsonObject server = DossierJson::dossier(dossier);
    server.insert(QStringLiteral("status"), QStringLiteral("supplement_requested"));
    server.insert(QStringLiteral("phone"), QStringLiteral("0987654321"));
    server.insert(QStringLiteral("version"), 2);
    PushedOpOutcome outcome;
    outcome.op = ops->first();
    outcome.kind = PushedOpOutcome::Kind::Conflict;
    outcome.version = 2;
    outcome.serverRecord = RemoteRecord{
        QStringLiteral("dossier"), dossier.id.toString(QUuid::WithoutBraces), 2, server, kOtherDevice, false};
    REQUIRE(RemoteChanges(*store.db).recordPushOutcomes({outcome}).ok());
    return dossier;
}

} // namespace clerktest
