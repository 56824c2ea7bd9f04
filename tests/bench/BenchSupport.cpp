#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace motcua::bench {

namespace {
double at(const std::vector<double> &sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const auto index = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size()))) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}
} // namespace

Percentiles percentiles(std::vector<double> samplesMs)
{
    std::sort(samplesMs.begin(), samplesMs.end());
    Percentiles p;
    p.median = at(samplesMs, 0.5);
    p.p95 = at(samplesMs, 0.95);
    p.p99 = at(samplesMs, 0.99);
    p.max = samplesMs.empty() ? 0 : samplesMs.back();
    return p;
}

void printPercentiles(const QString &name, const Percentiles &p, std::size_t samples, const QString &goal)
{
    QTextStream out(stdout);
    out << name
        << QStringLiteral(": median %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms (%5 samples)")
               .arg(p.median, 0, 'f', 3)
               .arg(p.p95, 0, 'f', 3)
               .arg(p.p99, 0, 'f', 3)
               .arg(p.max, 0, 'f', 3)
               .arg(samples);
    if (!goal.isEmpty())
        out << QStringLiteral(" [goal: %1]").arg(goal);
    out << Qt::endl;
}

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray kb = line.mid(6).trimmed().split(' ').first();
            return kb.toDouble() / 1024.0;
        }
    }
    return 0;
}

} // namespace motcua::bench
