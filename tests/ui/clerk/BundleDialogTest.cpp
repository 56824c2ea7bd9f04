#include "ClerkTestStore.h"

#include "clerk/BundleDialog.h"

#include "io/BundleCrypto.h"
#include "store/BundleExportIdentity.h"
#include "store/SyncState.h"

#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QUuid>

using namespace motcua;
using motcua::clerk::BundleDialog;

namespace {

const QString kCommune = QStringLiteral("12345");

// Enrolls a store (tag: four Crockford base-32 characters) in the commune the way the server would, with a bundle
// signing key certified by the province key (no server process: bundles are the path for when there is none).
void enroll(ClerkStore &store, const SigningKeyPair &province, const QString &tag)
{
    SyncEnrollment enrollment;
    enrollment.serverUrl = QStringLiteral("https://sync.example.invalid");
    enrollment.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    enrollment.token = QString(43, QLatin1Char('t'));
    enrollment.communeCode = kCommune;
    enrollment.communeName = QStringLiteral("Xã Mường Phăng");
    enrollment.deviceTag = tag;
    enrollment.enrolledAt = vietnam(2026, 3, 1);
    REQUIRE(motcua::testing::failure(SyncState(*store.db).saveEnrollment(enrollment)) == QString());
    const SigningKeyPair device = BundleCrypto::generateKeyPair();
    BundleIdentity identity;
    identity.deviceId = enrollment.deviceId;
    identity.communeCode = kCommune;
    identity.publicKey = device.publicKey;
    identity.secretKey = device.secretKey;
    identity.certificate
        = BundleCrypto::issueCertificate(enrollment.deviceId, kCommune, device.publicKey, province.secretKey);
    identity.provincePublicKey = province.publicKey;
    REQUIRE(motcua::testing::failure(BundleExportIdentity(*store.db).save(identity)) == QString());
}

bool run(BundleDialog &dialog, const std::function<void()> &start)
{
    QSignalSpy finished(&dialog, &BundleDialog::finished);
    start();
    waitForSignal(finished);
    UNSCOPED_INFO(dialog.resultText().toStdString());
    return finished.first().first().toBool();
}

QString detail(BundleDialog &dialog, const QString &name)
{
    auto *details = child<QTableWidget>(dialog, QStringLiteral("bundleDetails"));
    for (int row = 0; row < details->rowCount(); ++row) {
        if (details->item(row, 0)->text() == name)
            return details->item(row, 1)->text();
    }
    return QStringLiteral("<no row %1>").arg(name);
}

} // namespace

TEST_CASE("A bundle exported through the dialog is written and another device imports it", "[clerk][bundle]")
{
    const SigningKeyPair province = BundleCrypto::generateKeyPair();
    ClerkStore mobile;
    enroll(mobile, province, QStringLiteral("MB01"));
    const Dossier dossier
        = mobile.receive(QStringLiteral("Lò Văn Pả"), QStringLiteral("011088001234"), vietnam(2026, 3, 2));

    BundleDialog exporting(*mobile.db, mobile.clerk);
    exporting.resize(1366, 768);
    exporting.show();
    const QString file = mobile.dir.file(QStringLiteral("usb/motcua.mcb"));
    REQUIRE(QDir().mkpath(mobile.dir.file(QStringLiteral("usb"))));
    REQUIRE(run(exporting, [&] { exporting.exportTo(file); }));
    CHECK(QFile::exists(file));
    CHECK(QFileInfo(file).size() > 0);
    CHECK(detail(exporting, QStringLiteral("Changes")) == QLocale().toString(1));
    CHECK(exporting.errorCode().isEmpty());
    // The ops stay queued until the server confirms them.
    CHECK(mobile.sql(QStringLiteral("SELECT count(*) FROM outbox")) == QStringLiteral("1"));

    ClerkStore center;
    enroll(center, province, QStringLiteral("TT01"));
    BundleDialog importing(*center.db, center.clerk);
    REQUIRE(run(importing, [&] { importing.importFrom(file); }));
    CHECK(detail(importing, QStringLiteral("Applied")) == QLocale().toString(1));
    CHECK(center.sql(QStringLiteral("SELECT code FROM dossiers")) == dossier.code);

    // The same bundle again changes nothing.
    REQUIRE(run(importing, [&] { importing.importFrom(file); }));
    CHECK(detail(importing, QStringLiteral("Applied")) == QLocale().toString(0));
    CHECK(center.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("1"));
}

TEST_CASE("The bundle dialog shows why a bundle is refused", "[clerk][bundle]")
{
    const SigningKeyPair province = BundleCrypto::generateKeyPair();
    ClerkStore mobile;
    enroll(mobile, province, QStringLiteral("MB01"));
    BundleDialog dialog(*mobile.db, mobile.clerk);
    const QString file = mobile.dir.file(QStringLiteral("motcua.mcb"));

    // Nothing pending: no file is written.
    CHECK_FALSE(run(dialog, [&] { dialog.exportTo(file); }));
    CHECK(dialog.errorCode() == QStringLiteral("bundle.nothing_pending"));
    CHECK(dialog.resultText().startsWith(QStringLiteral("Refused: ")));
    CHECK_FALSE(QFile::exists(file));

    // A device does not import its own bundle.
    mobile.receive(QStringLiteral("Lò Văn Pả"), QStringLiteral("011088001234"), vietnam(2026, 3, 2));
    REQUIRE(run(dialog, [&] { dialog.exportTo(file); }));
    CHECK_FALSE(run(dialog, [&] { dialog.importFrom(file); }));
    CHECK(dialog.errorCode() == QStringLiteral("bundle.own_bundle"));

    // A file that is not a bundle.
    const QString junk = mobile.dir.file(QStringLiteral("junk.mcb"));
    QFile out(junk);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("not a bundle at all");
    out.close();
    CHECK_FALSE(run(dialog, [&] { dialog.importFrom(junk); }));
    CHECK(dialog.errorCode().startsWith(QStringLiteral("bundle.")));
}
