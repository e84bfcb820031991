"""Benchmarks of the SDK: ratios against baselines measured in the same process.

    python -m benchmarks            # full run (nox -s bench)
    python -m benchmarks --quick    # a short run so CI keeps the benchmarks from rotting

Speed is never asserted by timed tests: a shared 2-core machine makes absolute times meaningless,
so every figure is either a ratio against a baseline measured alternately in the same process,
a count, or (cold start) a wall time reported next to its target. The table says MET or MISSED
per target and the exit status is 0 either way; a benchmark that crashes makes it non-zero.
Figures are also written as JSON (benchmarks/results/latest.json, or latest-quick.json).
"""
