#include "TempDir.h"

#include <QDir>

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/motcua-test-XXXXXX"))
{
}

std::ostream &operator<<(std::ostream &out, const QString &text)
{
    return out << text.toStdString();
}
