#include "SystemErrorText.h"

#include <QCoreApplication>

#include <iterator>

namespace motcua::SystemErrorText {

namespace {

struct Known
{
    const char *system; // strerror() in the C locale, as Qt reports it
    const char *plain;
};

// QT_TRANSLATE_NOOP marks them for lupdate under this context.
constexpr Known kFileErrors[] = {
    {"No such file or directory", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the file or folder does not exist")},
    {"Permission denied", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "this account may not open it")},
    {"No space left on device", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the disk or USB stick is full")},
    {"Read-only file system", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the disk or USB stick is read-only")},
    {"Is a directory", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "it is a folder, not a file")},
    {"Not a directory", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "a part of the path is not a folder")},
    {"File exists", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "a file of that name exists already")},
    {"Input/output error",
        QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the disk or USB stick could not be read or written")},
    {"Device or resource busy", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the file is in use")},
    {"File name too long", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the file name is too long")},
    {"Disk quota exceeded", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the disk quota is used up")},
    {"No such device", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "the disk or USB stick was removed")},
    {"Unknown error", QT_TRANSLATE_NOOP("motcua::SystemErrorText", "unknown error")},
};

} // namespace

QString file(const QString &systemText)
{
    for (const Known &known : kFileErrors) {
        if (systemText.compare(QLatin1String(known.system), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("motcua::SystemErrorText", known.plain);
    }
    return systemText;
}

} // namespace motcua::SystemErrorText
