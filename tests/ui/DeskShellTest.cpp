#include "UiTestDesk.h"

#include "app/DeskSettings.h"
#include "app/Translations.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace motcua;
using namespace motcua::desktop;

TEST_CASE("The status bar counts what waits to be sent and F5 says why nothing can be sent yet", "[ui][sync]")
{
    UiTestDesk desk({Role::Reception});
    desk.receive();
    desk.receive(QStringLiteral("Hoàng Thị Lan"));
    MainWindow &window = desk.openWindow();
    CHECK(desk.find<QLabel>(QStringLiteral("statusPending"))->text().contains(QStringLiteral("2")));
    CHECK_FALSE(desk.find<QPushButton>(QStringLiteral("syncNowButton"))->isEnabled());

    auto *syncNow = window.findChild<QAction *>(QStringLiteral("actionSyncNow"));
    REQUIRE(syncNow != nullptr);
    CHECK(syncNow->shortcut() == QKeySequence(Qt::Key_F5));
    syncNow->trigger();
    CHECK(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex() == MainWindow::SyncTab);
    CHECK_FALSE(desk.find<QLabel>(QStringLiteral("syncError"))->text().isEmpty());
}

TEST_CASE("Every action has its shortcut and the window geometry is kept", "[ui][shell]")
{
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    const QList<std::pair<const char *, QKeySequence>> shortcuts = {
        {"actionNewDossier", QKeySequence::New},
        {"actionFind", QKeySequence::Find},
        {"actionPrint", QKeySequence::Print},
        {"actionSyncNow", QKeySequence(Qt::Key_F5)},
    };
    for (const auto &[name, key] : shortcuts) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action != nullptr);
        CHECK(action->shortcut() == key);
    }
    window.resize(1100, 700);
    window.close();
    CHECK_FALSE(DeskSettings().windowGeometry().isEmpty());
    MainWindow again(*desk.context, *desk.session);
    CHECK(again.size() == QSize(1100, 700));
}

TEST_CASE("The Vietnamese translation is embedded and complete for the desk", "[ui][translations]")
{
    QTranslator vietnamese;
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/motcua_vi.qm")));
    CHECK(vietnamese.translate("motcua::desktop::MainWindow", "&Sync now") == QStringLiteral("Đồng bộ &ngay"));
    CHECK(vietnamese.translate("motcua::DossierStatus", "Received") == QStringLiteral("Đã tiếp nhận"));

    // Core and sync messages are found whatever context lupdate filed them under.
    std::unique_ptr<QTranslator> desk(Translations::loadDesk(QStringLiteral("vi"), nullptr));
    REQUIRE(desk != nullptr);
    CHECK(desk->translate("motcua::ConflictResolver", "There is no dossier \"%1\".")
        == QStringLiteral("Không có hồ sơ \"%1\"."));
    CHECK(desk->translate("motcua::sync::Enroller",
                  "This enrollment code was used already: ask the administrator for a new one.")
              .contains(QStringLiteral("mã")));

    // No string of the desk, core or sync is left unfinished in translations/motcua_vi.ts.
    QFile ts(QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_vi.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    int desktopMessages = 0;
    QStringList unfinished;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation")
            && context.startsWith(QLatin1String("motcua"))) {
            ++desktopMessages;
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                unfinished << context;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(desktopMessages > 200);
    CHECK(unfinished.isEmpty());
}
