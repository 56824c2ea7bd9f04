#include "SecureFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::vault::SecureFiles {

void restrictProcessUmask()
{
    ::umask(077);
}

bool makePrivateDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    return ::chmod(QFile::encodeName(dir).constData(), 0700) == 0;
}

bool makePrivateFile(const QString &file)
{
    return ::chmod(QFile::encodeName(file).constData(), 0600) == 0;
}

bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    // QSaveFile writes a temporary file next to path, fsyncs it on commit and renames it over path.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("file.write_failed"), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return makeError(QStringLiteral("file.write_failed"), file.errorString());
    }
    if (!file.commit())
        return makeError(QStringLiteral("file.write_failed"), file.errorString());
    makePrivateFile(path);
    if (!syncDirectory(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("file.write_failed"), QStringLiteral("cannot flush the folder"));
    return {};
}

} // namespace motcua::vault::SecureFiles
