// The desk against motcua-server serving HTTPS itself, with the province's own certificate
// authority pinned at enrollment (motcua-cli enroll --ca): certificates made for the test by openssl.
#include "SyncTestSupport.h"
#include "TestCertificates.h"

#include <QFile>

using namespace motcua::synctest;
using namespace motcua::testing;

namespace {

const QString kCommune = QStringLiteral("12345");

// `motcua-server serve` with its certificate, on a free loopback port.
class TlsServer final
{
public:
    explicit TlsServer(const TempDir &certificates)
    {
        m_process.start(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                certificates.file(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                certificates.file(QStringLiteral("server.key"))});
        REQUIRE(m_process.waitForStarted(10000));
        while (!m_process.canReadLine())
            REQUIRE(m_process.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        INFO(line.toStdString());
        REQUIRE(line.startsWith(QStringLiteral("listening on https://127.0.0.1:")));
        m_url = line.mid(QStringLiteral("listening on ").size());
    }
    ~TlsServer()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    TlsServer(const TlsServer &) = delete;
    TlsServer &operator=(const TlsServer &) = delete;

    QString url() const { return m_url; }

    QString issueCode()
    {
        QProcess admin;
        admin.start(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("enroll"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--commune"), kCommune,
                QStringLiteral("--json")});
        REQUIRE(admin.waitForFinished(30000));
        REQUIRE(admin.exitCode() == 0);
        return QJsonDocument::fromJson(admin.readAllStandardOutput()).object().value(QStringLiteral("code")).toString();
    }

    qint64 dossiers() const
    {
        return sqlValue(m_dir.file(QStringLiteral("motcua-server.sqlite")),
            QStringLiteral("SELECT count(*) FROM records WHERE entity = 'dossier'"))
            .toLongLong();
    }

private:
    TempDir m_dir;
    QProcess m_process;
    QString m_url;
};

} // namespace

TEST_CASE(
    "over HTTPS a desk that pins the province CA syncs, and one given another CA is refused unenrolled", "[sync][tls]")
{
    TempDir certificates;
    makeAuthority(certificates, QStringLiteral("province-ca"));
    makeAuthority(certificates, QStringLiteral("stranger-ca"));
    makeServerCertificate(certificates, QStringLiteral("province-ca"));
    TlsServer server(certificates);

    Device pinned;
    const CliResult enrolled = pinned.cli({QStringLiteral("enroll"), QStringLiteral("--server"), server.url(),
        QStringLiteral("--code"), server.issueCode(), QStringLiteral("--ca"),
        certificates.file(QStringLiteral("province-ca.pem")), QStringLiteral("--json")});
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);
    pinned.receive(QStringLiteral("Lò Văn Páo"));
    const QJsonObject report = pinned.sync();
    CHECK(report.value(QStringLiteral("completed")).toBool());
    CHECK(report.value(QStringLiteral("pushed")).toInt() == 1);
    CHECK(server.dossiers() == 1);

    // A desk told to trust another authority, and one trusting only the system's, cannot even
    // enroll: the code stays unused and the desk stays unenrolled.
    const QString code = server.issueCode();
    for (const QStringList &trust :
        {QStringList{QStringLiteral("--ca"), certificates.file(QStringLiteral("stranger-ca.pem"))}, QStringList{}}) {
        Device stranger;
        const CliResult refused = stranger.cli(QStringList{QStringLiteral("enroll"), QStringLiteral("--server"),
                                                   server.url(), QStringLiteral("--code"), code}
            + trust);
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.isEmpty());
        CHECK(stranger.sql(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'commune_code'")).toInt() == 0);
        CHECK(stranger.cli({QStringLiteral("status"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("enrolled"))
                  .toBool()
            == false);
    }
    // The code was never used: the pinned desk's CA lets a new desk enroll with it.
    Device later;
    CHECK(later
              .cli({QStringLiteral("enroll"), QStringLiteral("--server"), server.url(), QStringLiteral("--code"), code,
                  QStringLiteral("--ca"), certificates.file(QStringLiteral("province-ca.pem"))})
              .exitCode
        == 0);
}
