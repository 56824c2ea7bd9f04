#include "store/AttachmentStore.h"
#include "store/Database.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace motcua;
using motcua::testing::rowCount;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QString sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

int blobFiles(const AttachmentStore &store)
{
    return QDir(store.blobsDir()).entryList(QDir::Files | QDir::Hidden).size();
}

} // namespace

TEST_CASE("A stored file is named by its SHA-256 under blobs and recorded once")
{
    TempDir dir;
    TempDir source;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    AttachmentStore store(**db);
    // Larger than one copy chunk, so the streamed hash covers several reads.
    QByteArray content(3 * 1024 * 1024 + 17, 'x');
    content[12345] = 'y';
    const QString file = writeFile(source.file(QStringLiteral("giay-khai-sinh.pdf")), content);
    REQUIRE_FALSE(file.isEmpty());

    auto stored = store.put(file);
    REQUIRE(stored.ok());
    CHECK(stored->sha256 == sha256Of(content));
    CHECK(stored->size == content.size());
    CHECK(stored->originalName == QStringLiteral("giay-khai-sinh.pdf"));
    CHECK(store.path(stored->sha256) == QDir(dir.path()).filePath(QStringLiteral("blobs/") + stored->sha256));
    QFile blob(store.path(stored->sha256));
    REQUIRE(blob.open(QIODevice::ReadOnly));
    CHECK(blob.readAll() == content);
    CHECK(store.verify(stored->sha256).ok());
    CHECK(rowCount(**db, QStringLiteral("attachments")) == 1);
    CHECK(store.info(stored->sha256)->size == content.size());
}

TEST_CASE("The same content stored twice is one file and one row, keeping the first name")
{
    TempDir dir;
    TempDir source;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    AttachmentStore store(**db);
    const QByteArray content("scan of a household registration book");
    const QString first = writeFile(source.file(QStringLiteral("first.jpg")), content);
    const QString second = writeFile(source.file(QStringLiteral("second.jpg")), content);

    auto a = store.put(first);
    auto b = store.put(second);
    auto c = store.put(content, QStringLiteral("third.jpg"));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(a->sha256 == b->sha256);
    CHECK(b->sha256 == c->sha256);
    CHECK(blobFiles(store) == 1); // no temporary file left either
    CHECK(rowCount(**db, QStringLiteral("attachments")) == 1);
    CHECK(store.info(a->sha256)->originalName == QStringLiteral("first.jpg"));
}

TEST_CASE("A missing or unreadable source is refused and nothing is written")
{
    TempDir dir;
    TempDir source;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    AttachmentStore store(**db);

    auto missing = store.put(source.file(QStringLiteral("nowhere.pdf")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("attachment.not_found"));
    CHECK(missing.error().message.contains(QStringLiteral("nowhere.pdf")));

    auto folder = store.put(source.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().code == QStringLiteral("attachment.unreadable"));

    const QString locked = writeFile(source.file(QStringLiteral("locked.pdf")), "secret");
    REQUIRE(QFile::setPermissions(locked, QFileDevice::Permissions()));
    QFile probe(locked);
    if (!probe.open(QIODevice::ReadOnly)) { // root reads anything: only check where it applies
        auto unreadable = store.put(locked);
        REQUIRE_FALSE(unreadable.ok());
        CHECK(unreadable.error().code == QStringLiteral("attachment.unreadable"));
    }

    CHECK(blobFiles(store) == 0);
    CHECK(rowCount(**db, QStringLiteral("attachments")) == 0);
}

TEST_CASE("The attachment row joins the caller's transaction and rolls back with it")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    AttachmentStore store(**db);
    QString sha;
    auto status = (*db)->write([&]() -> Status {
        auto stored = store.put(QByteArray("scan"), QStringLiteral("scan.png"));
        if (!stored)
            return stored.error();
        sha = stored->sha256;
        return makeError(QStringLiteral("test.fail"), QStringLiteral("the dossier insert failed"));
    });
    CHECK_FALSE(status.ok());
    CHECK(rowCount(**db, QStringLiteral("attachments")) == 0);
    // The file was durable before the row could commit; left alone it is harmless and reused.
    CHECK(store.verify(sha).ok());
    REQUIRE(store.put(QByteArray("scan"), QStringLiteral("scan.png")).ok());
    CHECK(rowCount(**db, QStringLiteral("attachments")) == 1);
    CHECK(blobFiles(store) == 1);
}

TEST_CASE("Verify detects a damaged or missing blob and refuses a malformed hash")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    AttachmentStore store(**db);
    auto stored = store.put(QByteArray("original content"), QStringLiteral("a.pdf"));
    REQUIRE(stored.ok());
    REQUIRE(store.verify(stored->sha256).ok());

    {
        QFile blob(store.path(stored->sha256));
        REQUIRE(blob.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        REQUIRE(blob.open(QIODevice::WriteOnly));
        blob.write("tampered");
    }
    CHECK(store.verify(stored->sha256).error().code == QStringLiteral("attachment.corrupt"));

    REQUIRE(QFile::remove(store.path(stored->sha256)));
    CHECK(store.verify(stored->sha256).error().code == QStringLiteral("attachment.missing"));

    CHECK(store.verify(QStringLiteral("../motcua.db")).error().code == QStringLiteral("attachment.invalid_hash"));
    CHECK(store.path(QStringLiteral("../motcua.db")).isEmpty());
    CHECK(store.path(stored->sha256.toUpper()).isEmpty());
}

TEST_CASE("A damaged blob is replaced when the same content is stored again")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    AttachmentStore store(**db);
    const QByteArray content("the real scan");
    auto stored = store.put(content, QStringLiteral("a.pdf"));
    REQUIRE(stored.ok());
    {
        QFile blob(store.path(stored->sha256));
        REQUIRE(blob.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        REQUIRE(blob.open(QIODevice::WriteOnly | QIODevice::Truncate));
        blob.write("cut");
    }
    REQUIRE(store.put(content, QStringLiteral("a.pdf")).ok());
    CHECK(store.verify(stored->sha256).ok());
}

TEST_CASE("Temporary files a crash left behind are removed once they are old")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    AttachmentStore store(**db);
    REQUIRE(QDir().mkpath(store.blobsDir()));
    const QString leftover = QDir(store.blobsDir()).filePath(QStringLiteral(".incoming-abc123"));
    REQUIRE_FALSE(writeFile(leftover, "half a scan").isEmpty());
    CHECK(store.removeStaleTemporaryFiles(3600) == 0); // young: may belong to a writer still copying
    CHECK(store.removeStaleTemporaryFiles(-1) == 1);
    CHECK_FALSE(QFile::exists(leftover));
}
