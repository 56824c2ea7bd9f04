#pragma once

#include <QString>

#include <vector>

namespace motcua::bench {

// Summary of a list of durations in milliseconds.
struct Percentiles
{
    double median = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> samplesMs);

// Prints "name: median X ms, p95 Y ms, p99 Z ms, max W ms (n samples) [goal: …]" on stdout.
void printPercentiles(const QString &name, const Percentiles &p, std::size_t samples, const QString &goal = {});

// Peak resident memory of this process so far, in MB (from /proc/self/status VmHWM).
double peakMemoryMb();

} // namespace motcua::bench
