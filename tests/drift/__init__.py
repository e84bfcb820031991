"""Contract drift tooling: schemathesis against the Prism mocks (CI) and staging (on demand).

    python -m tests.drift.contract               # both specs against Prism: 0 failures or exit 1
    python -m tests.drift.cli --api brevio       # drift against staging (credentials from env)

Layout:
    apis.py       what differs per API (spec file, env prefix, timestamp convention)
    spec.py       spec lookups: operations, response schemas, x-inferred, open enums
    hooks.py      the schemathesis hooks module (SCHEMATHESIS_HOOKS): auth via finapi, filters
    tokens.py     bearer tokens through finapi's own OAuth2 client-credentials handling
    runner.py     builds and runs the schemathesis CLI, returns its NDJSON event stream
    session.py    one API's run end to end (schemathesis, analysis, reports)
    events.py     typed view of the NDJSON events
    analysis.py   turns events into findings (JSON pointer, expected vs received, x-inferred)
    report.py     Markdown, JUnit XML and JSON reports plus the printed summary
    contract.py   `python -m tests.drift.contract`
    cli.py        `python -m tests.drift.cli`
    contract.toml / drift.toml   schemathesis configuration, passed with --config-file
    drifted_server.py            a loopback server with deliberate drift, for the tests
    test_drift_detection.py      the drift command against that server (six kinds of drift)
    test_analysis.py             the analysis on a small hand-made spec
"""
