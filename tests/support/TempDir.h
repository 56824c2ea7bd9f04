#pragma once

#include <QString>
#include <QTemporaryDir>

#include <ostream>

// A fresh data directory for one test, removed afterwards.
class TempDir final
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Lets Catch2 print QStrings in failed assertions.
std::ostream &operator<<(std::ostream &out, const QString &text);
