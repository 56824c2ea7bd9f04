#pragma once

// The ops the push benchmarks send: dossiers as a desk pushes them at reception.
#include "domain/TimeOrderedUuid.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace motcua::bench {

// Desks make the ids of dossiers, events and ops time-ordered (TimeOrderedUuid), so the bench
// does too: the server's indexes then grow near their right edge, as they do in a province.
// BENCH_RANDOM_IDS=1 draws random UUIDs instead (the figures recorded before 2026-12-03).
inline QString newId()
{
    static const bool random = qEnvironmentVariableIntValue("BENCH_RANDOM_IDS") != 0;
    return protocol::uuidText(random ? QUuid::createUuid() : TimeOrderedUuid::next());
}

// A dossier as a desk pushes it at reception: the record's fields with its event embedded.
inline protocol::PushOp receptionOp(int device, int number)
{
    protocol::PushOp op;
    op.opId = newId();
    op.entity = QStringLiteral("dossier");
    op.id = newId();
    op.baseVersion = 0;
    op.fields = QJsonObject{
        {QStringLiteral("code"),
            QStringLiteral("12345-250701-K%1-%2").arg(device, 3, 10, QLatin1Char('0')).arg(number)},
        {QStringLiteral("procedure_code"), QStringLiteral("1.001193")},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("applicant_name"), QStringLiteral("Nguyễn Thị Minh Khai")},
        {QStringLiteral("applicant_id"), QStringLiteral("001190012345")},
        {QStringLiteral("applicant_phone"), QStringLiteral("0912345678")},
        {QStringLiteral("applicant_address"), QStringLiteral("Thôn Đông, xã Tân Lập, tỉnh Ninh Bình")},
        {QStringLiteral("received_at"), QStringLiteral("2025-07-01T09:30:00+07:00")},
        {QStringLiteral("due_date"), QStringLiteral("2025-07-08")},
        {QStringLiteral("received_by"), QStringLiteral("Trần Văn Bình")},
        {QStringLiteral("documents"),
            QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Tờ khai đăng ký khai sinh")},
                           {QStringLiteral("count"), 1}},
                QJsonObject{
                    {QStringLiteral("title"), QStringLiteral("Giấy chứng sinh")}, {QStringLiteral("count"), 1}}}},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), newId()},
                {QStringLiteral("at"), QStringLiteral("2025-07-01T09:30:00+07:00")},
                {QStringLiteral("action"), QStringLiteral("receive")},
                {QStringLiteral("actor"), QStringLiteral("Trần Văn Bình")},
                {QStringLiteral("to_status"), QStringLiteral("received")}}},
    };
    return op;
}

} // namespace motcua::bench
