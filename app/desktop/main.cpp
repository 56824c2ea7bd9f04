// motcua: the one-stop desk. `motcua [--data DIR]` runs the desk on a data folder (default
// $MOTCUA_DATA, else the application-data folder); `motcua --screenshots DIR` renders the main
// screens of a demo desk to PNG files and exits.

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/DeskSettings.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/WindowFit.h"
#include "demo/ScreenshotRunner.h"
#include "officers/FirstRunDialog.h"
#include "officers/LoginDialog.h"
#include "officers/RecoveryKeyDialog.h"
#include "officers/UnlockDialog.h"

#include "store/OfficerRepository.h"
#include "vault/SecureFiles.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

using namespace motcua;
using namespace motcua::desktop;

namespace {

// How the data folder was opened before the store is read (docs/encryption.md "Starting the desk").
struct Opening
{
    std::optional<vault::RecoveryKey> recoveryToShow; // a fresh or just converted folder
    bool fresh = false;
    QString username; // who unlocked (or reset his password with the recovery key)
    QString password;
    bool recovered = false;
};

QString title()
{
    return QCoreApplication::translate("main", "MotCua");
}

// Unlocks an encrypted folder, converts an older clear one, or makes the keys of a new one.
std::optional<Opening> openFolder(const QString &dataDir)
{
    Opening opening;
    if (vault::Vault::isEncrypted(dataDir)) {
        UnlockDialog dialog(dataDir, UnlockDialog::Mode::Unlock);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        opening.username = dialog.username();
        opening.password = dialog.password();
        opening.recovered = dialog.usedRecoveryKey();
        return opening;
    }
    if (vault::Vault::needsConversion(dataDir)) {
        UnlockDialog dialog(dataDir, UnlockDialog::Mode::Convert);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        opening.username = dialog.username();
        opening.password = dialog.password();
        opening.recoveryToShow = dialog.newRecoveryKey();
        return opening;
    }
    auto recovery = vault::Vault::createFresh(dataDir);
    if (!recovery) {
        QMessageBox::critical(nullptr, title(), recovery.error().message);
        return std::nullopt;
    }
    opening.fresh = true;
    opening.recoveryToShow = recovery.value();
    return opening;
}

// A new desk abandoned before its administrator existed leaves nothing behind.
void discardFreshFolder(const QString &dataDir)
{
    vault::Vault::lock(dataDir);
    const QDir dir(dataDir);
    for (const QString &name : {QStringLiteral("motcua.db"), QStringLiteral("motcua.db-wal"),
             QStringLiteral("motcua.db-shm"), QStringLiteral("motcua.keys")}) {
        QFile::remove(dir.filePath(name));
    }
}

// The officer who works first: the one who unlocked, the administrator made on a fresh desk, or
// the administrator whose password the recovery key reset.
std::optional<Officer> firstOfficer(DeskContext &context, const Opening &opening)
{
    OfficerRepository &officers = context.officers();
    if (opening.fresh) {
        FirstRunDialog dialog(officers);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.administrator();
    }
    if (opening.recovered) {
        auto officer = officers.findByUsername(opening.username);
        if (officer && !(officer->active && officer->has(Role::Admin))) {
            officer = makeError(QStringLiteral("vault.not_admin"),
                QCoreApplication::translate("main",
                    "Only an active administrator's password can be reset with the "
                    "recovery key."));
        }
        if (officer) {
            if (auto set = officers.setPassword(officer->id, opening.password); !set)
                officer = set.error();
        }
        if (!officer) {
            QMessageBox::critical(nullptr, title(), officer.error().message);
            return std::nullopt;
        }
        return officer.value();
    }
    auto officer = officers.authenticate(opening.username, opening.password);
    if (!officer) {
        QMessageBox::critical(nullptr, title(), officer.error().message);
        return std::nullopt;
    }
    return officer.value();
}

// The officer who works next, once the store is open: a login.
std::optional<Officer> logIn(DeskContext &context)
{
    LoginDialog dialog(context.officers());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.officer();
}

// The options of `motcua`; described in the UI language.
struct Options
{
    QCommandLineOption data{QStringLiteral("data"),
        QCoreApplication::translate("main", "Data folder (default: $MOTCUA_DATA, else the application-data folder)."),
        QCoreApplication::translate("main", "dir")};
    QCommandLineOption screenshots{QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Render the main screens of a demo desk to PNG files in DIR and exit."),
        QCoreApplication::translate("main", "dir")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "MotCua, the commune's one-stop desk."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(data);
        parser.addOption(screenshots);
    }
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
}

// --help, --version and a mistyped option only print text: answered without a display, since
// QApplication aborts where there is none (a server shell, an ssh session).
bool answersWithoutDisplay(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    Options().addTo(parser);
    if (parser.parse(arguments) && !parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("version")))
        return false;
    QCoreApplication app(argc, argv);
    nameApplication();
    Translations::install(DeskSettings().language());
    QCommandLineParser translated;
    Options().addTo(translated);
    translated.process(app); // prints the help, the version or the error, and exits
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutDisplay(argc, argv))
        return 0;
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desktop/motcua.svg")));
    QApplication::setDesktopFileName(QStringLiteral("motcua"));
    app.installEventFilter(new WindowFit(&app));

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &data = options.data;
    const QCommandLineOption &screenshots = options.screenshots;

    if (parser.isSet(screenshots)) {
        Translations::install(qEnvironmentVariable("MOTCUA_LANGUAGE", QStringLiteral("vi")));
        return ScreenshotRunner::run(parser.value(screenshots));
    }
    Translations::install(DeskSettings().language());

    const QString dataDir = parser.isSet(data) ? parser.value(data) : defaultDataDir();
    // Everything the desk writes from now on is readable by this user only.
    vault::SecureFiles::restrictProcessUmask();
    const auto opening = openFolder(dataDir);
    if (!opening)
        return 0;
    auto context = DeskContext::open(dataDir);
    if (!context) {
        QMessageBox::critical(nullptr, title(), context.error().message);
        return 1;
    }
    std::optional<Officer> officer = firstOfficer(*context.value(), *opening);
    if (!officer) {
        if (opening->fresh) {
            context = makeError(QString(), QString()); // closes the store before its files go
            discardFreshFolder(dataDir);
        }
        return 0;
    }
    if (opening->recoveryToShow) {
        RecoveryKeyDialog sheet(*opening->recoveryToShow);
        sheet.exec();
    }
    // Logging out closes the window and asks who works next; a new language reopens it for the
    // same officer, every screen built again in that language.
    for (;;) {
        if (!officer)
            officer = logIn(*context.value());
        if (!officer)
            return 0;
        DeskSession session(*context.value(), *officer);
        MainWindow window(*context.value(), session);
        bool loggedOut = false;
        bool reopen = false;
        QObject::connect(&window, &MainWindow::logoutRequested, &window, [&loggedOut] { loggedOut = true; });
        QObject::connect(&window, &MainWindow::languageChanged, &window, [&reopen, &window] {
            reopen = true;
            window.close();
        });
        window.show();
        window.startServices();
        window.resumeDraft();
        const int code = app.exec();
        if (reopen)
            continue;
        if (!loggedOut)
            return code;
        officer.reset();
    }
}
