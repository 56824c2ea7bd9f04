#include "Keyring.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace motcua::vault::Keyring {

namespace {

struct Entry
{
    QString dir;
    DataKey key;
    bool unlocked = false;
};

// Entries are never erased, only locked: a handle stays the same folder for the process's life.
struct State
{
    QMutex mutex;
    std::vector<Entry> entries;
};

State &state()
{
    static State s;
    return s;
}

QString canonical(const QString &dataDir)
{
    const QString resolved = QFileInfo(dataDir).canonicalFilePath();
    return resolved.isEmpty() ? QDir(dataDir).absolutePath() : resolved;
}

int findLocked(State &s, const QString &dir)
{
    for (std::size_t i = 0; i < s.entries.size(); ++i) {
        if (s.entries[i].dir == dir)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

void unlock(const QString &dataDir, const DataKey &key)
{
    State &s = state();
    const QString dir = canonical(dataDir);
    QMutexLocker locker(&s.mutex);
    const int index = findLocked(s, dir);
    if (index >= 0) {
        s.entries[static_cast<std::size_t>(index)].key = key;
        s.entries[static_cast<std::size_t>(index)].unlocked = true;
        return;
    }
    s.entries.push_back(Entry{dir, key, true});
}

void lock(const QString &dataDir)
{
    State &s = state();
    const QString dir = canonical(dataDir);
    QMutexLocker locker(&s.mutex);
    const int index = findLocked(s, dir);
    if (index >= 0) {
        s.entries[static_cast<std::size_t>(index)].key = DataKey();
        s.entries[static_cast<std::size_t>(index)].unlocked = false;
    }
}

int handle(const QString &dataDir)
{
    State &s = state();
    const QString dir = canonical(dataDir);
    QMutexLocker locker(&s.mutex);
    const int index = findLocked(s, dir);
    if (index < 0 || !s.entries[static_cast<std::size_t>(index)].unlocked)
        return -1;
    return index;
}

std::optional<DataKey> key(const QString &dataDir)
{
    return keyByHandle(handle(dataDir));
}

std::optional<DataKey> keyByHandle(int handle)
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    if (handle < 0 || handle >= static_cast<int>(s.entries.size()))
        return std::nullopt;
    const Entry &entry = s.entries[static_cast<std::size_t>(handle)];
    if (!entry.unlocked)
        return std::nullopt;
    return entry.key;
}

} // namespace motcua::vault::Keyring
