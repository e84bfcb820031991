"""`python -m finapi.drift`: the same as the `finapi-drift` console script."""

from finapi.drift.cli import run

run()
