#include "ClerkTestStore.h"

#include "../../unit/io/LegacyTestFiles.h"

#include "clerk/ImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace motcua;
using motcua::clerk::ImportDialog;

namespace {

const QStringList kHeader{QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD"), QStringLiteral("Mã thủ tục"),
    QStringLiteral("Ngày tiếp nhận"), QStringLiteral("Điện thoại")};

QList<QStringList> oldList()
{
    return {kHeader,
        {QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("066190000123"), QStringLiteral("1.004884"),
            QStringLiteral("12/03/2021 08:30"), QStringLiteral("0912 345 678")},
        {QStringLiteral("Trần Văn Đức"), QStringLiteral("001085000456"), QStringLiteral("1.001640"),
            QStringLiteral("15/03/2021"), QString()},
        {QStringLiteral("Lò Thị Xuân"), QStringLiteral("014301000789"),
            QStringLiteral("Cấp giấy xác nhận tình trạng hôn nhân"), QStringLiteral("16/03/2021"), QString()}};
}

QString writeCsv(ClerkStore &store, const QString &name, const QList<QStringList> &rows, TextEncoding encoding)
{
    const QString path = store.dir.file(name);
    REQUIRE(motcua::testing::writeFile(path, motcua::testing::csvBytes(rows, encoding, ';')));
    return path;
}

bool runImport(ImportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    auto *run = child<QPushButton>(dialog, QStringLiteral("importRun"));
    REQUIRE(run->isEnabled());
    run->click();
    waitForSignal(finished);
    return finished.first().first().toBool();
}

} // namespace

TEST_CASE("Importing a small TCVN3 CSV through the dialog imports its rows", "[clerk][import]")
{
    ClerkStore store;
    const QString path = writeCsv(store, QStringLiteral("so-cu.csv"), oldList(), TextEncoding::Tcvn3);
    ImportDialog dialog(*store.db, store.calendar, store.clerk);
    dialog.resize(1366, 768);
    dialog.show();
    dialog.setFile(path);

    const QString detected = child<QLabel>(dialog, QStringLiteral("importDetected"))->text();
    CHECK(detected.contains(QStringLiteral("TCVN3")));
    CHECK(detected.contains(QStringLiteral("(detected)")));
    auto *preview = child<QTableWidget>(dialog, QStringLiteral("importPreview"));
    REQUIRE(preview->rowCount() == 3);
    // The legacy bytes are read as Vietnamese, not as mojibake.
    bool sawName = false;
    for (int column = 0; column < preview->columnCount(); ++column)
        sawName |= preview->item(0, column)->text() == QStringLiteral("Nguyễn Thị Hương");
    CHECK(sawName);
    auto *mapping = child<QTableWidget>(dialog, QStringLiteral("importMapping"));
    CHECK(mapping->rowCount() == 5);
    CHECK(child<QComboBox>(dialog, QStringLiteral("importMap_B"))->currentData().toString()
        == QStringLiteral("citizen_id"));

    CHECK(runImport(dialog));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("3"));
    CHECK(store.sql(QStringLiteral("SELECT applicant_name FROM dossiers WHERE citizen_id = '066190000123'"))
        == QStringLiteral("Nguyễn Thị Hương"));
    CHECK(store.sql(QStringLiteral("SELECT encoding FROM import_batches")) == QStringLiteral("tcvn3"));
    REQUIRE(dialog.report().has_value());
    CHECK(dialog.report()->imported == 3);
    CHECK(child<QLabel>(dialog, QStringLiteral("importSummary"))->text().startsWith(QStringLiteral("Imported 3 of 3")));
    CHECK(child<QTableWidget>(dialog, QStringLiteral("importErrors"))->rowCount() == 0);
    // No refused row, no empty table taking the preview's height.
    CHECK(child<QTableWidget>(dialog, QStringLiteral("importErrors"))->isHidden());
}

TEST_CASE("A refused row refuses the file, and valid-rows mode imports the others", "[clerk][import]")
{
    ClerkStore store;
    QList<QStringList> rows = oldList();
    rows.insert(2,
        {QStringLiteral("Hoàng Văn Bé"), QStringLiteral("999190000001"), QStringLiteral("1.004884"),
            QStringLiteral("17/03/2021"), QString()});
    const QString path = writeCsv(store, QStringLiteral("mixed.csv"), rows, TextEncoding::Utf8);
    ImportDialog dialog(*store.db, store.calendar, store.clerk);
    dialog.setFile(path);
    // The preview already shows the bad row's problem.
    auto *preview = child<QTableWidget>(dialog, QStringLiteral("importPreview"));
    REQUIRE(preview->rowCount() == 4);
    CHECK_FALSE(preview->item(1, preview->columnCount() - 1)->text().isEmpty());
    CHECK(preview->item(0, preview->columnCount() - 1)->text().isEmpty());

    CHECK_FALSE(runImport(dialog));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("0"));
    auto *errors = child<QTableWidget>(dialog, QStringLiteral("importErrors"));
    REQUIRE(errors->rowCount() == 1);
    CHECK_FALSE(errors->isHidden());
    CHECK(errors->item(0, 0)->text() == QStringLiteral("3"));

    child<QRadioButton>(dialog, QStringLiteral("importValidRows"))->setChecked(true);
    CHECK(runImport(dialog));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("3"));
    CHECK(errors->rowCount() == 1);
}

TEST_CASE("A column the import does not recognise is mapped in the dialog", "[clerk][import]")
{
    ClerkStore store;
    QList<QStringList> rows = oldList();
    rows[0][0] = QStringLiteral("Cột XYZ");
    const QString path = writeCsv(store, QStringLiteral("odd.csv"), rows, TextEncoding::Utf8);
    ImportDialog dialog(*store.db, store.calendar, store.clerk);
    dialog.setFile(path);
    // No applicant column: nothing can be imported yet, but the columns are on screen.
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("importRun"))->isEnabled());
    CHECK(child<QTableWidget>(dialog, QStringLiteral("importMapping"))->rowCount() == 5);

    auto *combo = child<QComboBox>(dialog, QStringLiteral("importMap_A"));
    const int applicant = combo->findData(QStringLiteral("applicant"));
    REQUIRE(applicant >= 0);
    combo->setCurrentIndex(applicant);
    emit combo->activated(applicant);
    CHECK(child<QTableWidget>(dialog, QStringLiteral("importPreview"))->rowCount() == 3);
    CHECK(runImport(dialog));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("3"));
}

TEST_CASE("An officer without the import permission cannot run an import", "[clerk][import]")
{
    ClerkStore store;
    const QString path = writeCsv(store, QStringLiteral("so-cu.csv"), oldList(), TextEncoding::Tcvn3);
    Officer reception = store.clerk;
    reception.roles = {Role::Reception};
    ImportDialog dialog(*store.db, store.calendar, reception);
    dialog.setFile(path);
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("importRun"))->isEnabled());
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.start();
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("0"));
}

TEST_CASE("Cancelling an import through the dialog writes nothing", "[clerk][import]")
{
    ClerkStore store;
    // Several batches (2,000 rows each): the import asks after every batch whether to go on, and
    // the last answer comes after Cancel was pressed whatever the machine's speed.
    QList<QStringList> rows{kHeader};
    for (int i = 0; i < 6000; ++i) {
        rows.append(
            {QStringLiteral("Nguyễn Văn Số %1").arg(i), QStringLiteral("0011900%1").arg(i, 5, 10, QLatin1Char('0')),
                QStringLiteral("1.004884"), QStringLiteral("12/03/2021"), QString()});
    }
    const QString path = writeCsv(store, QStringLiteral("lon.csv"), rows, TextEncoding::Utf8);
    ImportDialog dialog(*store.db, store.calendar, store.clerk);
    dialog.setFile(path);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    child<QPushButton>(dialog, QStringLiteral("importRun"))->click();
    REQUIRE(dialog.isRunning());
    auto *cancel = child<QPushButton>(dialog, QStringLiteral("importCancel"));
    REQUIRE(cancel->isEnabled());
    cancel->click();
    waitForSignal(finished);
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(child<QLabel>(dialog, QStringLiteral("importSummary"))->text()
        == QStringLiteral("Import cancelled: nothing was written."));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("0"));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM import_batches")) == QStringLiteral("0"));
    CHECK_FALSE(dialog.isRunning());
    CHECK(child<QPushButton>(dialog, QStringLiteral("importRun"))->isEnabled());
}
