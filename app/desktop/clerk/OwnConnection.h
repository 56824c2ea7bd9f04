#pragma once

#include "domain/Result.h"
#include "store/Database.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace motcua::clerk {

// Runs a long read or write of the store on a worker thread. A Database belongs to the thread
// that opened it (DESIGN.md "Local store"), so the worker opens its own on the same data folder
// and closes it before the result comes back.
template <typename T>
QFuture<Result<T>> runOnOwnConnection(const QString &dataDir, std::function<Result<T>(Database &)> work)
{
    return QtConcurrent::run([dataDir, work = std::move(work)]() -> Result<T> {
        auto opened = Database::open(dataDir);
        if (!opened)
            return opened.error();
        return work(*opened.value());
    });
}

} // namespace motcua::clerk
