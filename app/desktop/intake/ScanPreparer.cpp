#include "ScanPreparer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QUuid>

namespace motcua::desktop::ScanPreparer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::desktop::ScanPreparer", text);
}

// The file to attach, if sync can carry it.
Result<QString> withinLimit(const QString &file, const QString &shownName)
{
    const qint64 bytes = QFileInfo(file).size();
    if (bytes <= kMaxBytes)
        return file;
    const QLocale locale;
    return makeError(QStringLiteral("scan.too_large"),
        tr("%1 is %2: sync can carry at most %3 per scan to the province. Scan the paper at a lower resolution "
           "or split it into several files, then attach them.")
            .arg(shownName, locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat),
                locale.formattedDataSize(kMaxBytes, 0, QLocale::DataSizeIecFormat)));
}

Result<QString> prepareImage(const QString &source, const QString &stagingDir);

} // namespace

Result<QString> prepare(const QString &source, const QString &stagingDir)
{
    auto prepared = prepareImage(source, stagingDir);
    if (!prepared)
        return prepared;
    auto fits = withinLimit(prepared.value(), QFileInfo(source).fileName());
    if (!fits && prepared.value() != source)
        QFile::remove(prepared.value()); // the scaled copy is not attached
    return fits;
}

namespace {

Result<QString> prepareImage(const QString &source, const QString &stagingDir)
{
    const QFileInfo info(source);
    if (!info.isFile())
        return makeError(QStringLiteral("scan.not_found"), tr("The file %1 does not exist.").arg(source));
    QImageReader reader(source);
    if (!reader.canRead())
        return source; // not an image (a PDF, …): attached as it is
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) <= kMaxSide)
        return source;
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return makeError(QStringLiteral("scan.unreadable"), tr("The image %1 cannot be read.").arg(info.fileName()));
    if (std::max(image.width(), image.height()) <= kMaxSide)
        return source;
    image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel())
        image = image.convertToFormat(QImage::Format_RGB32);
    if (!QDir().mkpath(stagingDir))
        return makeError(QStringLiteral("scan.write_failed"), tr("Cannot create the folder %1.").arg(stagingDir));
    const QString target
        = QDir(stagingDir)
              .filePath(QStringLiteral("%1-%2.jpg")
                            .arg(info.completeBaseName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!image.save(target, "JPEG", kJpegQuality))
        return makeError(QStringLiteral("scan.write_failed"), tr("Cannot write the scaled scan %1.").arg(target));
    return target;
}

} // namespace

} // namespace motcua::desktop::ScanPreparer
