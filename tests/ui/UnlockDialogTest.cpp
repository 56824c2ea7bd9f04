// The desk's start-up windows of an encrypted folder (docs/encryption.md "Starting the desk").

#include "officers/UnlockDialog.h"
#include "officers/RecoveryKeyDialog.h"

#include "store/Database.h"
#include "store/OfficerRepository.h"
#include "vault/Vault.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace motcua;
using namespace motcua::desktop;

namespace {

const QString kAdmin = QStringLiteral("quantri");
const QString kPassword = QStringLiteral("mat-khau-dai-1");

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("The unlock window refuses a wrong password and opens the folder with the right one or the recovery key",
    "[ui][vault]")
{
    TempDir dir;
    auto recovery = vault::Vault::createFresh(dir.path());
    REQUIRE(recovery.ok());
    {
        auto db = Database::open(dir.path());
        REQUIRE(db.ok());
        REQUIRE(OfficerRepository(**db).createAdministrator(kAdmin, QStringLiteral("Quản Trị"), kPassword).ok());
    }
    vault::Vault::lock(dir.path());

    UnlockDialog dialog(dir.path(), UnlockDialog::Mode::Unlock);
    child<QLineEdit>(dialog, "unlockUsername")->setText(kAdmin);
    child<QLineEdit>(dialog, "unlockPassword")->setText(QStringLiteral("sai-mat-khau"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(child<QLabel>(dialog, "unlockError")->text().isEmpty());
    CHECK_FALSE(vault::Vault::isUnlocked(dir.path()));

    child<QLineEdit>(dialog, "unlockPassword")->setText(kPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(vault::Vault::isUnlocked(dir.path()));
    CHECK(dialog.password() == kPassword);
    vault::Vault::lock(dir.path());

    UnlockDialog recovering(dir.path(), UnlockDialog::Mode::Unlock);
    child<QPushButton>(recovering, "unlockUseRecovery")->click();
    child<QLineEdit>(recovering, "unlockUsername")->setText(kAdmin);
    child<QLineEdit>(recovering, "unlockRecoveryKey")->setText(recovery->text());
    child<QLineEdit>(recovering, "unlockNewPassword")->setText(QStringLiteral("mat-khau-moi-2"));
    recovering.accept();
    CHECK(recovering.result() == QDialog::Accepted);
    CHECK(recovering.usedRecoveryKey());
    CHECK(vault::Vault::isUnlocked(dir.path()));
}

TEST_CASE("An older clear folder is encrypted by its administrator, who gets the recovery key once", "[ui][vault]")
{
    TempDir dir;
    {
        auto db = Database::open(dir.path());
        REQUIRE(db.ok());
        REQUIRE(OfficerRepository(**db).createAdministrator(kAdmin, QStringLiteral("Quản Trị"), kPassword).ok());
    }
    REQUIRE(vault::Vault::needsConversion(dir.path()));
    UnlockDialog dialog(dir.path(), UnlockDialog::Mode::Convert);
    child<QLineEdit>(dialog, "unlockUsername")->setText(kAdmin);
    child<QLineEdit>(dialog, "unlockPassword")->setText(kPassword);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.newRecoveryKey().has_value());
    CHECK(vault::Vault::isEncrypted(dir.path()));

    RecoveryKeyDialog sheet(*dialog.newRecoveryKey());
    CHECK(child<QLabel>(sheet, "recoveryKeyText")->text() == dialog.newRecoveryKey()->text());
    QPushButton *done = child<QDialogButtonBox>(sheet, "")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(done->isEnabled());
    child<QCheckBox>(sheet, "recoveryKeyStored")->setChecked(true);
    CHECK(done->isEnabled());
    const QString pdf = dir.file(QStringLiteral("sheet.pdf"));
    QString error;
    REQUIRE(sheet.writeSheet(pdf, &error));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));
}
