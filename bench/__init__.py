"""Benchmarks: `make bench` (or `python -m bench`). Figures are ratios to a baseline measured in the same run."""
