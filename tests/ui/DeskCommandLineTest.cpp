#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

namespace {

// Runs the real `motcua` with no display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM),
// as on a server shell or over ssh.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runWithoutDisplay(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MOTCUA_DESK), arguments);
    REQUIRE(process.waitForFinished(30000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("motcua --help and --version answer without a display", "[ui][cli]")
{
    const Run help = runWithoutDisplay({QStringLiteral("--help")});
    INFO(help.err.toStdString());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--data")));
    CHECK(help.out.contains(QStringLiteral("--screenshots")));

    const Run version = runWithoutDisplay({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(MOTCUA_VERSION)));

    // A mistyped option is told as such, not as a missing display.
    const Run wrong = runWithoutDisplay({QStringLiteral("--dta"), QStringLiteral("/tmp")});
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("dta")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("display"), Qt::CaseInsensitive));
}
