#include "ClerkTestStore.h"
#include "ConflictSeed.h"

#include "clerk/ClerkScreenshots.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTranslator>

using namespace motcua;

TEST_CASE("The clerk's screenshots are rendered at 1366x768", "[clerk][screenshots]")
{
    ClerkStore store;
    // A little of everything: a sync conflict, a pair of duplicates and dossiers in several states
    // this year.
    clerktest::pushConflict(store);
    const QDate today = QDate::currentDate();
    const QDateTime early = vietnam(today.year(), 1, 5);
    store.receive(QStringLiteral("Hà Văn Tùng"), QStringLiteral("011090004567"), early);
    store.receive(QStringLiteral("Hà Văn Tung"), QStringLiteral("011090004567"), early.addDays(1));
    const QString done = store.receive(QStringLiteral("Lò Thị Xuân"), QStringLiteral("014301000789"), early).code;
    store.move(done, DossierStatus::InProcess, early.addSecs(3600));
    store.move(done, DossierStatus::Done, early.addDays(1));

    QTemporaryDir out;
    REQUIRE(out.isValid());
    clerk::renderClerkScreenshots(out.path(), *store.db, store.clerk);
    for (const char *name : {"statistics.png", "conflicts.png", "duplicates.png", "import.png", "bundle.png"}) {
        INFO(name);
        const QImage image(QDir(out.path()).filePath(QString::fromLatin1(name)));
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(1366, 768));
    }
    // Rendering only reads the store.
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("4"));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM import_batches")) == QStringLiteral("0"));

    // Keep a copy to look at when asked to (MOTCUA_SCREENSHOTS_DIR), in Vietnamese when given the
    // compiled translations (MOTCUA_SCREENSHOTS_QM, e.g. lrelease translations/motcua_vi.ts).
    const QString keep = qEnvironmentVariable("MOTCUA_SCREENSHOTS_DIR");
    if (!keep.isEmpty()) {
        QTranslator translator;
        const QString qm = qEnvironmentVariable("MOTCUA_SCREENSHOTS_QM");
        if (!qm.isEmpty() && translator.load(qm))
            QCoreApplication::installTranslator(&translator);
        clerk::renderClerkScreenshots(keep, *store.db, store.clerk);
        QCoreApplication::removeTranslator(&translator);
    }
}
