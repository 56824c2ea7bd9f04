#include "DiskSpace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace motcua::DiskSpace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::DiskSpace", text);
}

} // namespace

qint64 freeBytes(const QString &path)
{
    // QStorageInfo needs an existing path: a folder not yet created lives on its parent's disk.
    QFileInfo existing(path);
    while (!existing.exists() && !existing.isRoot() && existing.absolutePath() != existing.absoluteFilePath())
        existing = QFileInfo(existing.absolutePath());
    const QStorageInfo storage(existing.absoluteFilePath());
    if (!storage.isValid() || !storage.isReady())
        return -1;
    return storage.bytesAvailable();
}

QString describeBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(std::max<qint64>(bytes, 0), 1, QLocale::DataSizeSIFormat);
}

Error explain(const QString &path, Error error, qint64 neededBytes)
{
    const qint64 free = freeBytes(path);
    if (free < 0 || (free >= kFullBelowBytes && free >= neededBytes))
        return error;
    return makeError(QStringLiteral("disk.full"),
        tr("The disk is full: only %1 is free on the disk of %2, so nothing was saved. Free some space (delete "
           "files you no longer need, empty the trash), then try again.")
            .arg(describeBytes(free), QDir::toNativeSeparators(path)));
}

QString lowSpaceWarning(const QString &path, qint64 lowBelowBytes)
{
    const qint64 free = freeBytes(path);
    if (free < 0 || free >= lowBelowBytes)
        return {};
    return tr("Only %1 is free on this computer's disk: a dossier with scans may not fit. Free some space soon "
              "(delete files you no longer need, empty the trash).")
        .arg(describeBytes(free));
}

} // namespace motcua::DiskSpace
