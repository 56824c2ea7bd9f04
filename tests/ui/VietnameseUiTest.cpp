#include "ScreenTour.h"
#include "UiTestDesk.h"
#include "WindowCheck.h"

#include "app/Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWizard>

#include <memory>

using namespace motcua;
using namespace motcua::desktop;

namespace {

// Words of the desk's English that no Vietnamese text contains ("in", "to", "no" and "an" are
// also Vietnamese words and are left out).
const QSet<QString> &englishWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *const list[] = {"the", "and", "of", "is", "are", "was", "not", "this", "that", "with", "for",
            "from", "your", "you", "file", "files", "folder", "cancel", "close", "open", "save", "print", "page",
            "pages", "next", "back", "name", "size", "type", "date", "sync", "synced", "dossier", "dossiers", "officer",
            "select", "choose", "error", "failed", "refused", "connection", "directory", "such", "bundle", "server",
            "pending", "changes", "change", "waiting", "never", "last", "online", "offline", "enroll", "enrolled",
            "settings", "help", "about", "quit", "view", "find", "search", "receive", "received", "zoom", "fit",
            "width", "first", "previous", "landscape", "portrait", "setup", "show", "hide", "details", "yes", "all",
            "none", "apply", "reset", "retry", "ignore", "discard", "abort", "copy", "paste", "undo", "redo", "delete",
            "computer", "modified", "look", "new", "export", "import", "statistics", "report", "reports", "conflict",
            "conflicts", "duplicate", "duplicates", "refresh", "lock", "log", "desk", "procedure", "procedures",
            "citizen", "phone", "address", "status", "note", "due", "today", "total", "rows", "row", "column",
            "encoding", "preview", "start", "stop", "done", "step", "forward", "parent", "detail", "list", "other",
            "unknown", "cannot", "could", "does", "has", "have", "will", "been", "there", "what", "when", "which",
            "every", "only", "here", "finish", "password", "username", "full", "create", "commune", "province",
            "agency", "language", "minutes", "seconds", "link", "attachment", "attachments", "device", "written",
            "documents", "document", "applicant", "form", "register", "period", "from", "until", "kind", "choices"};
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

QString plain(const QString &text)
{
    QString result = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return result.remove(QLatin1Char('&'));
}

// The English words, and raw reason codes ("bundle.nothing_pending"), in an officer's text.
QStringList englishIn(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    static const QRegularExpression reasonCode(
        QStringLiteral("\\b(bundle|sync|record|blob|network|print|attachment|officer|dossier|table|import|catalog|"
                       "auth|device|server)\\.[a-z_]+\\b(?!\\.)"));
    // Addresses and paths are the machine's, not the desk's words.
    static const QRegularExpression addressOrPath(QStringLiteral("[a-z]+://\\S*|(^|\\s)[/~]\\S*"));
    QStringList found;
    QString visible = plain(text).remove(addressOrPath);
    for (auto match = reasonCode.globalMatch(visible); match.hasNext();)
        found << match.next().captured();
    visible.remove(reasonCode);
    for (auto match = word.globalMatch(visible); match.hasNext();) {
        const QString token = match.next().captured();
        if (englishWords().contains(token.toLower()))
            found << token;
    }
    return found;
}

// Every text of the window an officer can read: titles, labels, buttons and their tooltips,
// menus, tabs, headers, placeholders, lists, tables and rich text panes.
QStringList textsOf(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    auto addActions = [&texts](const QList<QAction *> &actions, auto &self) -> void {
        for (QAction *action : actions) {
            texts << action->text() << action->toolTip();
            if (action->menu())
                self(action->menu()->actions(), self);
        }
    };
    addActions(window->findChildren<QAction *>(), addActions);
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) && !qobject_cast<QMenu *>(widget))
            continue;
        texts << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            texts << rich->toPlainText();
        else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            for (int i = 0; header->model() && i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            // A file dialog lists the machine's own file names.
            if (view->model() && !qobject_cast<QFileDialog *>(window)) {
                const int rows = std::min(view->model()->rowCount(), 30);
                for (int row = 0; row < rows; ++row) {
                    for (int column = 0; column < view->model()->columnCount(); ++column)
                        texts << view->model()->index(row, column).data().toString();
                }
            }
        }
    }
    if (auto *wizard = qobject_cast<QWizard *>(window); wizard && wizard->currentPage())
        texts << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
    texts.removeAll(QString());
    return texts;
}

void requireVietnamese(QWidget *window, const QString &where)
{
    QStringList english;
    for (const QString &text : textsOf(window)) {
        const QStringList words = englishIn(text);
        if (!words.isEmpty())
            english << QStringLiteral("\"%1\" (%2)").arg(plain(text).left(160), words.join(QLatin1Char(' ')));
    }
    english.removeDuplicates();
    INFO(where.toStdString() << ":\n" << english.join(QLatin1Char('\n')).toStdString());
    CHECK(english.isEmpty());
}

// Vietnamese for the test's duration, whatever the machine's settings.
struct VietnameseUi
{
    VietnameseUi() { REQUIRE(Translations::install(QStringLiteral("vi"))); }
    ~VietnameseUi() { Translations::install(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("The English word check finds English and raw reason codes, not Vietnamese", "[ui][translations]")
{
    CHECK(englishIn(QStringLiteral("Đồng bộ &ngay")).isEmpty());
    CHECK(englishIn(QStringLiteral("<b>Không có tệp</b> hoặc thư mục này; in lại tờ khai")).isEmpty());
    CHECK(englishIn(QStringLiteral("https://sync.example.gov.vn")).isEmpty());
    CHECK(englishIn(QStringLiteral("Connection refused"))
        == QStringList{QStringLiteral("Connection"), QStringLiteral("refused")});
    CHECK(englishIn(QStringLiteral("Lý do: bundle.nothing_pending"))
        == QStringList{QStringLiteral("bundle.nothing_pending")});
    CHECK(englishIn(QStringLiteral("&Cancel")) == QStringList{QStringLiteral("Cancel")});
}

TEST_CASE("Every screen of the Vietnamese desk, Qt's own dialogs included, is in Vietnamese", "[ui][translations]")
{
    VietnameseUi vietnamese;
    UiTestDesk desk({Role::Reception, Role::Handling, Role::Leader, Role::Clerk});
    tourEveryScreen(desk, requireVietnamese);

    // A line edit's context menu and a message box's buttons are Qt's.
    auto *search = desk.window->findChild<QLineEdit *>();
    REQUIRE(search != nullptr);
    std::unique_ptr<QMenu> menu(search->createStandardContextMenu());
    QStringList menuTexts;
    for (QAction *action : menu->actions())
        menuTexts << action->text();
    INFO(menuTexts.join(QStringLiteral(", ")).toStdString());
    CHECK(englishIn(menuTexts.join(QLatin1Char(' '))).isEmpty());
    CHECK(menuTexts.join(QLatin1Char(' ')).contains(QStringLiteral("&Dán")));
}

TEST_CASE("Switching the language rebuilds the main window in the new language without a restart", "[ui][translations]")
{
    VietnameseUi vietnamese;
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    auto *syncNow = window.findChild<QAction *>(QStringLiteral("actionSyncNow"));
    REQUIRE(syncNow != nullptr);
    CHECK(syncNow->text() == QStringLiteral("Đồng bộ &ngay"));

    QSignalSpy changed(&window, &MainWindow::languageChanged);
    REQUIRE(Translations::install(QStringLiteral("en")));
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(changed.count() == 1); // once, though several translators changed
    // What main.cpp does on languageChanged: the same officer's window, built again.
    desk.window.reset();
    MainWindow &english = desk.openWindow();
    CHECK(english.findChild<QAction *>(QStringLiteral("actionSyncNow"))->text() == QStringLiteral("&Sync now"));
    CHECK(Translations::current() == QStringLiteral("en"));
}
