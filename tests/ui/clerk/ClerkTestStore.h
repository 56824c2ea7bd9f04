#pragma once

#include "../../unit/store/DossierTestSupport.h"
#include "TempDir.h"

#include "domain/Officer.h"
#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierRepository.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>
#include <QWidget>

#include <memory>

// A real store in a temporary folder with the test catalog (procedure 1.004873 in the sector
// "Hộ tịch", three working days), a reception repository and a data clerk to drive the screens.
struct ClerkStore
{
    ClerkStore()
    {
        auto opened = motcua::Database::open(dir.path());
        REQUIRE(motcua::testing::failure(opened) == QString());
        db = std::move(opened).value();
        REQUIRE(motcua::testing::insertTestCatalog(*db));
        QSqlQuery sector(db->connection());
        REQUIRE(sector.exec(QStringLiteral("UPDATE procedures SET sector = 'Hộ tịch' WHERE code = '1.004873'")));
        reception = std::make_unique<motcua::DossierRepository>(*db, calendar, QStringLiteral("Lò Thị Mai"));
        clerk.username = QStringLiteral("vanthu");
        clerk.fullName = QStringLiteral("Đào Thị Văn Thư");
        clerk.roles = {motcua::Role::Clerk};
    }

    motcua::Dossier receive(const QString &name, const QString &citizenId, const QDateTime &at,
        const QString &procedure = QStringLiteral("1.004873"))
    {
        motcua::ReceiveRequest request;
        request.procedureCode = procedure;
        request.applicantName = name;
        request.citizenId = citizenId;
        request.receivedAt = at;
        auto received = reception->receive(request);
        REQUIRE(motcua::testing::failure(received) == QString());
        return received.value();
    }

    void move(const QString &code, motcua::DossierStatus to, const QDateTime &at)
    {
        auto moved = reception->move(code, to, {}, at);
        REQUIRE(motcua::testing::failure(moved) == QString());
    }

    QString sql(const QString &query) const { return motcua::testing::scalar(*db, query); }

    TempDir dir;
    std::unique_ptr<motcua::Database> db;
    motcua::WorkCalendar calendar;
    std::unique_ptr<motcua::DossierRepository> reception;
    motcua::Officer clerk;
};

inline QDateTime vietnam(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(7 * 3600));
}

// Waits for a signal the widget emits once its worker thread is done (a busy 2-core machine may
// take long: the limit is generous and no test asserts on time).
inline void waitForSignal(QSignalSpy &spy)
{
    if (spy.count() == 0)
        REQUIRE(spy.wait(120000));
}

template <typename T> T *child(QWidget &root, const QString &name)
{
    T *found = root.findChild<T *>(name);
    INFO("object name " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}
