#include "store/AttachmentStore.h"
#include "store/Database.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace motcua;
using namespace motcua::testing;

namespace {

constexpr qint64 kTarget = 10000;

QString runWriter(QProcess &writer, const QString &dataDir)
{
    writer.setProgram(QStringLiteral(MOTCUA_STORE_WRITER));
    writer.setArguments({dataDir, QString::number(kTarget), QStringLiteral("--attach-every"), QStringLiteral("7")});
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start();
    return writer.waitForStarted(10000) ? QString() : writer.errorString();
}

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return {QStringLiteral("query failed: ") + sql};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        out.append(columns.join(QLatin1Char('|')));
    }
    return out;
}

} // namespace

TEST_CASE(
    "Dossiers committed by a writer killed at random moments are whole, with their events, ops and blobs", "[crash]")
{
    TempDir dir;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int interrupted = 0;
    QElapsedTimer clock;
    clock.start();

    // Kill the writer at random moments, restarting it each time.
    for (int round = 0; round < 8; ++round) {
        QProcess writer;
        REQUIRE(runWriter(writer, dir.path()) == QString());
        const int delayMs = static_cast<int>(random.bounded(50, 600));
        if (!writer.waitForFinished(delayMs)) {
            writer.kill(); // SIGKILL: no destructor, no rollback, no flush
            REQUIRE(writer.waitForFinished(10000));
            ++interrupted;
        }
    }
    // Then let it finish the job.
    QProcess writer;
    REQUIRE(runWriter(writer, dir.path()) == QString());
    REQUIRE(writer.waitForFinished(170000));
    const QString writerErrors = QString::fromUtf8(writer.readAllStandardError());
    INFO(writerErrors);
    REQUIRE(writer.exitStatus() == QProcess::NormalExit);
    REQUIRE(writer.exitCode() == 0);
    CHECK(interrupted >= 6);
    WARN("crash test: " << interrupted << " kills, " << clock.elapsed() << " ms for " << kTarget
                        << " durable receipts in all");

    auto opened = Database::open(dir.path());
    REQUIRE(opened.ok());
    Database &db = **opened;

    CHECK(rows(db, QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});
    CHECK(rows(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(rowCount(db, QStringLiteral("dossiers")) == kTarget);

    // Every dossier has its receive event, and as many ops as events.
    CHECK(rows(db,
        QStringLiteral("SELECT d.code FROM dossiers d WHERE NOT EXISTS "
                       "(SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'receive')"))
              .isEmpty());
    CHECK(rows(db,
        QStringLiteral("SELECT d.code FROM dossiers d WHERE "
                       "(SELECT count(*) FROM dossier_events e WHERE e.dossier_id = d.id) != "
                       "(SELECT count(*) FROM outbox o WHERE o.entity = 'dossier' AND o.entity_id = d.id)"))
              .isEmpty());
    // Events and ops pair up one to one, none orphaned either way.
    CHECK(rows(db,
        QStringLiteral("SELECT e.id FROM dossier_events e LEFT JOIN outbox o ON o.op_id = e.op_id "
                       "WHERE o.op_id IS NULL OR o.entity_id != e.dossier_id"))
              .isEmpty());
    CHECK(rows(db,
        QStringLiteral("SELECT o.op_id FROM outbox o LEFT JOIN dossier_events e ON e.op_id = o.op_id "
                       "WHERE e.op_id IS NULL"))
              .isEmpty());
    CHECK(rows(db,
        QStringLiteral("SELECT o.op_id FROM outbox o LEFT JOIN dossiers d ON d.id = o.entity_id "
                       "WHERE d.id IS NULL"))
              .isEmpty());
    // Each day's code sequence stands exactly at the number of dossiers received that day.
    CHECK(rows(db,
        QStringLiteral("SELECT s.day FROM code_sequences s WHERE s.last_value != "
                       "(SELECT count(*) FROM dossiers d WHERE substr(d.received_at, 1, 10) = s.day)"))
              .isEmpty());
    // Each op that names a blob names one that is recorded.
    CHECK(rows(db,
        QStringLiteral("SELECT refs.value FROM outbox, json_each(outbox.blob_refs) AS refs "
                       "WHERE refs.value NOT IN (SELECT sha256 FROM attachments)"))
              .isEmpty());

    // Every attachment row's file exists and hashes to its name.
    AttachmentStore attachments(db);
    const QStringList shas = rows(db, QStringLiteral("SELECT sha256 FROM attachments"));
    CHECK(shas.size() > 10);
    QStringList bad;
    for (const QString &sha : shas) {
        if (auto verified = attachments.verify(sha); !verified)
            bad.append(verified.error().code + QLatin1Char(' ') + sha);
    }
    CHECK(bad == QStringList());
}
