#include "ClerkTestStore.h"

#include "clerk/ConflictsView.h"

#include "ConflictSeed.h"

#include "store/Conflicts.h"
#include "store/Outbox.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace motcua;
using clerktest::pushConflict;
using motcua::clerk::ConflictsView;

TEST_CASE("Resolving a conflict through the view closes it and queues the resolution op", "[clerk][conflicts]")
{
    ClerkStore store;
    const Dossier dossier = pushConflict(store);
    REQUIRE(Conflicts(*store.db).openCount().value() == 1);
    CHECK(Outbox(*store.db).count().value() == 0);

    ConflictsView view(*store.db, store.clerk);
    view.resize(1366, 768);
    view.show();
    REQUIRE(view.conflictCount() == 1);
    auto *list = child<QTableWidget>(view, QStringLiteral("conflictsList"));
    CHECK(list->item(0, 0)->text() == dossier.code);
    // The status differs: this device says "in process", the server "supplement requested".
    auto *status = child<QComboBox>(view, QStringLiteral("conflictChoice_status"));
    auto *fields = child<QTableWidget>(view, QStringLiteral("conflictFields"));
    CHECK(fields->item(0, ConflictsView::FieldName)->data(Qt::UserRole).toString() == QStringLiteral("status"));
    CHECK(fields->item(0, ConflictsView::MineValue)->text() == statusLabel(DossierStatus::InProcess));
    CHECK(fields->item(0, ConflictsView::ServerValue)->text() == statusLabel(DossierStatus::SupplementRequested));

    status->setCurrentIndex(status->findData(QStringLiteral("mine")));
    child<QLineEdit>(view, QStringLiteral("conflictNote"))->setText(QStringLiteral("Đã nhận đủ giấy tờ bổ sung"));
    QSignalSpy resolved(&view, &ConflictsView::resolved);
    child<QPushButton>(view, QStringLiteral("conflictResolve"))->click();
    REQUIRE(resolved.count() == 1);

    // Closed, with the note; the list is empty now.
    CHECK(Conflicts(*store.db).openCount().value() == 0);
    auto all = Conflicts(*store.db).list(false);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().resolutionNote == QStringLiteral("Đã nhận đủ giấy tờ bổ sung"));
    CHECK(view.conflictCount() == 0);
    CHECK(list->rowCount() == 0);
    // One new op on the server's version, keeping this device's status and the server's phone.
    auto ops = Outbox(*store.db).pending(-1);
    REQUIRE(ops.ok());
    REQUIRE(ops->size() == 1);
    CHECK(ops->first().baseVersion == 2);
    CHECK(ops->first().fields.value(QStringLiteral("status")).toString() == QStringLiteral("in_process"));
    CHECK(store.sql(QStringLiteral("SELECT status FROM dossiers")) == QStringLiteral("in_process"));
    CHECK(store.sql(QStringLiteral("SELECT phone FROM dossiers")) == QStringLiteral("0987654321"));
}

TEST_CASE("An officer who may not resolve conflicts sees them but cannot resolve", "[clerk][conflicts]")
{
    ClerkStore store;
    pushConflict(store);
    Officer reception = store.clerk;
    reception.roles = {Role::Reception};
    ConflictsView view(*store.db, reception);
    REQUIRE(view.conflictCount() == 1);
    CHECK_FALSE(child<QPushButton>(view, QStringLiteral("conflictResolve"))->isEnabled());
    CHECK_FALSE(view.resolveSelected());
    CHECK(Conflicts(*store.db).openCount().value() == 1);
    CHECK(Outbox(*store.db).count().value() == 0);
}
