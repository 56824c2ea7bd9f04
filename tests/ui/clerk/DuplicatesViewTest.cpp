#include "ClerkTestStore.h"

#include "clerk/DuplicatesView.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace motcua;
using motcua::clerk::DuplicatesView;

namespace {

// The same request received twice, two days apart, with the same citizen ID; and an unrelated
// dossier.
struct TwiceReceived
{
    explicit TwiceReceived(ClerkStore &store)
    {
        first = store.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), vietnam(2026, 3, 2));
        second = store.receive(QStringLiteral("Nguyễn Văn Án"), QStringLiteral("001190012345"), vietnam(2026, 3, 4));
        store.receive(QStringLiteral("Lò Thị Xuân"), QStringLiteral("014301000789"), vietnam(2026, 3, 4));
    }
    Dossier first;
    Dossier second;
};

void waitLoaded(DuplicatesView &view, QSignalSpy &loaded)
{
    if (view.isLoading() || loaded.count() == 0)
        waitForSignal(loaded);
}

} // namespace

TEST_CASE("Merging a pair through the view leaves one dossier of the two", "[clerk][duplicates]")
{
    ClerkStore store;
    TwiceReceived pair(store);
    DuplicatesView view(*store.db, store.clerk);
    QSignalSpy loaded(&view, &DuplicatesView::loaded);
    view.resize(1366, 768);
    view.show();
    waitLoaded(view, loaded);
    REQUIRE(view.pairs().size() == 1);
    auto *compare = child<QTableWidget>(view, QStringLiteral("duplicateCompare"));
    CHECK(compare->item(0, 0)->text() == pair.first.code);
    CHECK(compare->item(0, 1)->text() == pair.second.code);

    child<QRadioButton>(view, QStringLiteral("duplicateKeepSecond"))->setChecked(true);
    QSignalSpy merged(&view, &DuplicatesView::merged);
    loaded.clear();
    child<QPushButton>(view, QStringLiteral("duplicateMerge"))->click();
    REQUIRE(merged.count() == 1);
    CHECK(merged.first().at(0).toString() == pair.second.code);
    CHECK(merged.first().at(1).toString() == pair.first.code);
    waitLoaded(view, loaded);

    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers WHERE citizen_id = '001190012345' AND status <> "
                                   "'withdrawn'"))
        == QStringLiteral("1"));
    CHECK(store.sql(QStringLiteral("SELECT status FROM dossiers WHERE code = '%1'").arg(pair.first.code))
        == QStringLiteral("withdrawn"));
    CHECK(view.pairs().isEmpty());
    CHECK(child<QTableWidget>(view, QStringLiteral("duplicatesList"))->rowCount() == 0);
}

TEST_CASE("Dismissing a pair through the view keeps both dossiers and drops the pair", "[clerk][duplicates]")
{
    ClerkStore store;
    TwiceReceived pair(store);
    DuplicatesView view(*store.db, store.clerk);
    QSignalSpy loaded(&view, &DuplicatesView::loaded);
    waitLoaded(view, loaded);
    REQUIRE(view.pairs().size() == 1);
    loaded.clear();
    child<QPushButton>(view, QStringLiteral("duplicateDismiss"))->click();
    waitLoaded(view, loaded);
    CHECK(view.pairs().isEmpty());
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM dossiers WHERE status = 'withdrawn'")) == QStringLiteral("0"));
    CHECK(store.sql(QStringLiteral("SELECT count(*) FROM duplicate_dismissals")) == QStringLiteral("1"));
}
