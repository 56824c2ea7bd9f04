#pragma once

#include <QString>

namespace motcua {

// The operating system's error texts ("No such file or directory", "Permission denied") come in
// English whatever the UI language, through QFile::errorString() and the C library. These put the
// common ones in the UI language; anything unknown is kept as the system wrote it.
namespace SystemErrorText {

// A file or folder error as QFileDevice::errorString() gives it.
QString file(const QString &systemText);

} // namespace SystemErrorText
} // namespace motcua
