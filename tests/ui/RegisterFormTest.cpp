#include "UiTestDesk.h"

#include "domain/VietnamTime.h"
#include "forms/Forms.h"

#include <QAction>

using namespace motcua;
using namespace motcua::desktop;

TEST_CASE("The register (form 06) of a period lists the dossiers received in it, oldest first", "[ui][forms]")
{
    UiTestDesk desk({Role::Reception});
    desk.openWindow();
    const Dossier first = desk.receive(QStringLiteral("Lò Văn Pả"));
    const Dossier second = desk.receive(QStringLiteral("Giàng Thị Dợ"));
    const QDate today = VietnamTime::legalDate(first.receivedAt);

    auto input = Forms::registerInput(*desk.session, today.addDays(-7), today);
    REQUIRE(input.ok());
    CHECK(input->kind == print::FormKind::Register06);
    REQUIRE(input->registerRows.size() == 2);
    CHECK(input->registerRows.at(0).code == first.code);
    CHECK(input->registerRows.at(1).code == second.code);
    CHECK(input->procedureNames.value(QStringLiteral("1.001193")) == QStringLiteral("Đăng ký khai sinh"));
    CHECK(print::FormRenderer::html(*input).contains(first.code));

    auto earlier = Forms::registerInput(*desk.session, today.addDays(-30), today.addDays(-1));
    REQUIRE(earlier.ok());
    CHECK(earlier->registerRows.isEmpty());
    CHECK(
        Forms::registerInput(*desk.session, today, today.addDays(-1)).error().code == QStringLiteral("report.period"));
    CHECK(desk.window->findChild<QAction *>(QStringLiteral("actionRegister")) != nullptr);
}
