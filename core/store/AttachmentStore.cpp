#include "AttachmentStore.h"

#include "domain/SystemErrorText.h"

#include "Database.h"
#include "DiskSpace.h"
#include "domain/VietnamTime.h"
#include "vault/BlobCipher.h"
#include "vault/Keyring.h"
#include "vault/SecureFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <optional>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::AttachmentStore", text);
}

const QLatin1String kTempPrefix(".incoming-");
constexpr qint64 kChunk = 1 << 20;

// A renamed file survives a power cut only once its directory entry is on disk too.
bool syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(dir);
    return true;
#endif
}

bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

// Atomically replaces target (a blob with the same name is the same content, or a damaged copy).
bool renameOver(QTemporaryFile &temp, const QString &target)
{
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    temp.setAutoRemove(false);
    return true;
#else
    QFile::remove(target);
    if (!temp.rename(target))
        return false;
    temp.setAutoRemove(false);
    return true;
#endif
}

Result<QString> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("attachment.missing"), SystemErrorText::file(file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(QStringLiteral("attachment.unreadable"), SystemErrorText::file(file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

// The cipher of an encrypted folder; nullopt in a clear one.
std::optional<vault::BlobCipher> sealing(const Database &database)
{
    const auto key = vault::Keyring::key(database.dataDir());
    if (!key)
        return std::nullopt;
    return vault::BlobCipher(*key);
}

} // namespace

AttachmentStore::AttachmentStore(Database &database)
    : m_database(database)
{
}

bool AttachmentStore::isValidSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString AttachmentStore::blobsDir() const
{
    return QDir(m_database.dataDir()).filePath(QStringLiteral("blobs"));
}

QString AttachmentStore::path(const QString &sha256) const
{
    // Only a well-formed hash becomes a path: a name from a bundle or the network must never
    // reach outside blobs/.
    if (!isValidSha256(sha256))
        return {};
    if (const auto cipher = sealing(m_database))
        return QDir(blobsDir()).filePath(cipher->fileName(sha256));
    return QDir(blobsDir()).filePath(sha256);
}

Result<AttachmentInfo> AttachmentStore::put(const QString &filePath, const QString &originalName)
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        return makeError(QStringLiteral("attachment.not_found"),
            tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(filePath)));
    }
    QFile file(filePath);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("attachment.unreadable"),
            tr("The file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(filePath),
                    info.isFile() ? SystemErrorText::file(file.errorString()) : tr("it is not a file")));
    }
    static const QMimeDatabase mimes;
    const QString mediaType = mimes.mimeTypeForFile(info).name();
    return store(file, originalName.isEmpty() ? info.fileName() : originalName, mediaType);
}

Result<AttachmentInfo> AttachmentStore::put(const QByteArray &content, const QString &originalName)
{
    static const QMimeDatabase mimes;
    const QString mediaType = mimes.mimeTypeForFileNameAndData(originalName, content).name();
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return store(buffer, originalName, mediaType);
}

Result<AttachmentInfo> AttachmentStore::store(QIODevice &source, const QString &originalName, const QString &mediaType)
{
    const QString dir = blobsDir();
    if (!vault::SecureFiles::makePrivateDir(dir)) {
        return makeError(QStringLiteral("attachment.write_failed"),
            tr("Cannot create the attachment folder %1.").arg(QDir::toNativeSeparators(dir)));
    }
    // What the copy still needed when it failed: more than the disk has left means a full disk.
    const qint64 sourceSize = source.isSequential() ? 0 : source.size() - source.pos();
    auto writeFailed = [&](const QString &why) {
        return DiskSpace::explain(dir,
            makeError(QStringLiteral("attachment.write_failed"),
                tr("The attachment %1 could not be saved (the disk may be full): %2").arg(originalName, why)),
            sourceSize);
    };

    QTemporaryFile temp(QDir(dir).filePath(kTempPrefix + QStringLiteral("XXXXXX")));
    if (!temp.open())
        return writeFailed(SystemErrorText::file(temp.errorString()));

    // Hash while copying: the source is read once, however large the scan.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    qint64 size = 0;
    const auto cipher = sealing(m_database);
    if (cipher) {
        const qint64 start = source.pos();
        if (auto sealed = cipher->encrypt(source, temp, &hash); !sealed) {
            if (sealed.error().code == QLatin1String("attachment.unreadable"))
                return sealed.error();
            return writeFailed(sealed.error().message);
        }
        size = source.pos() - start;
    }
    while (!cipher && !source.atEnd()) {
        chunk = source.read(kChunk);
        if (chunk.isEmpty() && !source.atEnd()) {
            return makeError(QStringLiteral("attachment.unreadable"),
                tr("The file %1 could not be read to the end: %2")
                    .arg(originalName, SystemErrorText::file(source.errorString())));
        }
        hash.addData(chunk);
        if (temp.write(chunk) != chunk.size())
            return writeFailed(SystemErrorText::file(temp.errorString()));
        size += chunk.size();
    }

    AttachmentInfo info;
    info.sha256 = QString::fromLatin1(hash.result().toHex());
    info.size = size;
    info.mediaType = mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType;
    info.originalName = originalName;

    const QString target = path(info.sha256);
    const QFileInfo existing(target);
    if (existing.exists() && existing.size() == (cipher ? vault::BlobCipher::sealedSize(size) : size)) {
        temp.close(); // same content already stored: the temporary file goes away
    } else {
        info.created = true;
        if (!syncFile(temp))
            return writeFailed(SystemErrorText::file(temp.errorString()));
        temp.close();
        if (!renameOver(temp, target))
            return writeFailed(tr("cannot rename the temporary file"));
        if (!syncDirectory(dir))
            return writeFailed(tr("cannot flush the attachment folder"));
    }

    if (auto status = insertRow(info); !status)
        return status.error();
    return info;
}

Status AttachmentStore::insertRow(const AttachmentInfo &info)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO attachments (sha256, size, media_type, original_name, "
                                     "created_at) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(info.sha256);
        query.addBindValue(info.size);
        query.addBindValue(info.mediaType);
        query.addBindValue(info.originalName.isNull() ? QStringLiteral("") : info.originalName); // null would bind NULL
        query.addBindValue(VietnamTime::toIso(VietnamTime::now()));
        if (!query.exec()) {
            return makeError(QStringLiteral("store.write_failed"),
                tr("The attachment could not be recorded: %1").arg(query.lastError().text()));
        }
        return {};
    });
}

Result<AttachmentInfo> AttachmentStore::info(const QString &sha256) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT size, media_type, original_name FROM attachments WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next()) {
        return makeError(QStringLiteral("attachment.unknown"), tr("No attachment %1 is recorded.").arg(sha256));
    }
    AttachmentInfo info;
    info.sha256 = sha256;
    info.size = query.value(0).toLongLong();
    info.mediaType = query.value(1).toString();
    info.originalName = query.value(2).toString();
    return info;
}

Status AttachmentStore::verify(const QString &sha256) const
{
    if (sealing(m_database)) {
        auto content = read(sha256);
        if (!content)
            return content.error();
        return {};
    }
    const QString file = path(sha256);
    if (file.isEmpty()) {
        return makeError(QStringLiteral("attachment.invalid_hash"),
            tr("\"%1\" is not an attachment hash (64 hexadecimal digits).").arg(sha256));
    }
    auto hashed = hashFile(file);
    if (!hashed) {
        return makeError(QStringLiteral("attachment.missing"),
            tr("The attachment file %1 is missing or unreadable.").arg(QDir::toNativeSeparators(file)));
    }
    if (*hashed != sha256) {
        return makeError(QStringLiteral("attachment.corrupt"),
            tr("The attachment file %1 is damaged: its content no longer matches its name.")
                .arg(QDir::toNativeSeparators(file)));
    }
    return {};
}

Result<QByteArray> AttachmentStore::read(const QString &sha256) const
{
    const QString file = path(sha256);
    if (file.isEmpty()) {
        return makeError(QStringLiteral("attachment.invalid_hash"),
            tr("\"%1\" is not an attachment hash (64 hexadecimal digits).").arg(sha256));
    }
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("attachment.missing"),
            tr("The scan %1 is missing from the data folder.").arg(sha256.left(12)));
    }
    QByteArray content;
    if (const auto cipher = sealing(m_database)) {
        auto opened = cipher->decrypt(source);
        if (!opened) {
            return makeError(QStringLiteral("attachment.corrupt"),
                tr("The scan %1 is damaged or was changed outside MotCua: it does not pass its integrity "
                   "check and is not shown.")
                    .arg(sha256.left(12)));
        }
        content = std::move(opened).value();
    } else {
        content = source.readAll();
    }
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != sha256) {
        return makeError(QStringLiteral("attachment.corrupt"),
            tr("The attachment file %1 is damaged: its content no longer matches its name.")
                .arg(QDir::toNativeSeparators(file)));
    }
    return content;
}

Result<std::unique_ptr<QIODevice>> AttachmentStore::open(const QString &sha256) const
{
    auto content = read(sha256);
    if (!content)
        return content.error();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(std::move(content).value());
    buffer->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(buffer));
}

int AttachmentStore::removeStaleTemporaryFiles(qint64 maxAgeSeconds) const
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-maxAgeSeconds);
    int removed = 0;
    QDirIterator it(blobsDir(), {kTempPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (file.lastModified().toUTC() < limit && QFile::remove(file.filePath()))
            ++removed;
    }
    return removed;
}

int AttachmentStore::discardUnreferenced(const QStringList &sha256s) const
{
    int removed = 0;
    for (const QString &sha256 : sha256s) {
        QSqlQuery named(m_database.connection());
        named.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ?"));
        named.addBindValue(sha256);
        if (!named.exec() || named.next())
            continue; // named (another writer stored the same content), or unknown: keep it
        named.finish();
        const QString file = path(sha256);
        if (!file.isEmpty() && QFile::remove(file))
            ++removed;
    }
    return removed;
}

int AttachmentStore::reclaimOrphans(qint64 minAgeSeconds) const
{
    int removed = removeStaleTemporaryFiles(minAgeSeconds);
    QSet<QString> named;
    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT sha256 FROM attachments")))
        return removed;
    while (rows.next())
        named.insert(QFileInfo(path(rows.value(0).toString())).fileName());
    rows.finish();
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    QDirIterator it(blobsDir(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        // Only blob names ("<64 hex>" or "<64 hex>.sealed"): other files are not ours to judge.
        static const QRegularExpression blobName(QStringLiteral("^[0-9a-f]{64}(\\.sealed)?$"));
        if (!blobName.match(file.fileName()).hasMatch() || named.contains(file.fileName()))
            continue;
        if (file.lastModified().toUTC() < limit && QFile::remove(file.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace motcua
