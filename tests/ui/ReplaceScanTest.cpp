// A scan the province server refused is shown as not sent, and the officer replaces it from the
// dossier: the document names the new file, an op carries it, the notice goes away.
#include "UiTestDesk.h"

#include "dossier/DossierDetailWidget.h"

#include "store/AuthorizedDossiers.h"
#include "store/Outbox.h"
#include "store/ScanUploads.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

namespace {

QString writeScan(const TempDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.file(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return file.fileName();
}

} // namespace

TEST_CASE("A refused scan shows as not sent and is replaced from the dossier", "[ui][sync]")
{
    UiTestDesk desk({Role::Reception});
    TempDir sources;
    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.001193");
    request.applicantName = QStringLiteral("Lò Văn Pả");
    request.citizenId = QStringLiteral("011088001234");
    request.documents.append({QStringLiteral("Tờ khai"), DocumentKind::Original, 1,
        writeScan(sources, QStringLiteral("to-khai.pdf"), QByteArray(8000, 'a'))});
    request.documents.append({QStringLiteral("Giấy chứng sinh"), DocumentKind::Original, 1, {}});
    const Dossier dossier = desk.session->authorized().receive(request).value();
    const QString refused = dossier.documents.at(0).attachmentSha256;
    // As after a sync: the province took the record, then refused its scan (over the size limit).
    Outbox outbox(desk.context->database());
    QList<QUuid> sent;
    const QList<OutboxOp> pending = outbox.pending(-1).value();
    for (const OutboxOp &op : pending)
        sent << op.opId;
    REQUIRE(outbox.acknowledge(sent).ok());
    REQUIRE(ScanUploads(desk.context->database()).refuse(refused, QStringLiteral("scan.too_large")).ok());

    MainWindow &window = desk.openWindow();
    DossierDetailWidget *detail = window.detail();
    detail->showDossier(dossier.code);
    auto *documents = desk.find<QTreeWidget>(QStringLiteral("dossierDocuments"));
    auto *notice = desk.find<QLabel>(QStringLiteral("dossierSyncNotice"));
    auto *button = desk.find<QPushButton>(QStringLiteral("replaceScanButton"));
    REQUIRE(documents->topLevelItemCount() == 2);
    CHECK(documents->topLevelItem(0)->text(3) == QStringLiteral("not sent"));
    CHECK(documents->topLevelItem(0)->toolTip(3).contains(QStringLiteral("Replace scan")));
    CHECK_FALSE(notice->isHidden());
    CHECK(notice->text().contains(QStringLiteral("Replace scan")));
    REQUIRE(button->isEnabled());

    // The officer cancels the file dialog: nothing changes.
    const qint64 opsBefore = Outbox(desk.context->database()).count().value();
    detail->setScanFileProvider([] { return QString(); });
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(Outbox(desk.context->database()).count().value() == opsBefore);

    // Nothing selected: the document whose scan was refused is the one replaced.
    const QString smaller = writeScan(sources, QStringLiteral("to-khai-nho.pdf"), QByteArray(2000, 'b'));
    detail->setScanFileProvider([&] { return smaller; });
    documents->setCurrentItem(nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    const Dossier after = desk.session->dossiers().find(dossier.code).value();
    CHECK(after.documents.at(0).attachmentSha256 != refused);
    CHECK(after.documents.at(0).attachmentSha256.size() == 64);
    CHECK(after.documents.at(1).attachmentSha256.isEmpty());
    CHECK(after.version == dossier.version + 1);
    CHECK(Outbox(desk.context->database()).count().value() == opsBefore + 1);
    CHECK(desk.find<QLabel>(QStringLiteral("dossierMessage"))->text().contains(QStringLiteral("New scan attached")));
    // On its way up now, with the op that names it.
    CHECK(documents->topLevelItem(0)->text(3) == QStringLiteral("not sent yet"));
    CHECK(notice->isHidden());
    CHECK(desk.session->dossiers().events(dossier.id).value().last().action == QStringLiteral("replace_scan"));

    // The same file again is refused in words and writes nothing.
    documents->setCurrentItem(documents->topLevelItem(0));
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(desk.find<QLabel>(QStringLiteral("dossierMessage"))->text().contains(QStringLiteral("already")));
    CHECK(Outbox(desk.context->database()).count().value() == opsBefore + 1);

    // An officer whose roles do not take in dossiers cannot replace a scan, in the core either.
    Officer handler = desk.session->officer();
    handler.roles = {Role::Handling};
    AuthorizedDossiers asHandler(desk.session->dossiers(), handler);
    CHECK(asHandler.replaceScan(dossier.code, 1, smaller).error().code == QStringLiteral("permission.denied"));
}
