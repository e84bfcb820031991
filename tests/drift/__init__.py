"""Tests of the drift tool (finapi.drift, `finapi-drift`) and the contract run against the mocks.

    python -m tests.drift.contract               # both specs against Prism: 0 failures or exit 1

Layout:
    contract.py / contract.toml  the contract run in CI (schemathesis against Prism, via
                                 finapi.drift's runner, hooks and reports)
    drifted_server.py            a loopback server with deliberate drift, for the tests
    test_drift_detection.py      `finapi-drift` against that server: each kind of drift, the
                                 token endpoint's failures, a clean run, exit codes
    test_analysis.py             the analysis on a small hand-made spec
    test_probes.py               token answers, probe values, rate limit (no network)
    test_package.py              `pip install ".[drift]"` in a fresh venv outside the checkout
"""
