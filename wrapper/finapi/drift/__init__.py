"""Contract drift: run the specs against a live API and report where they disagree.

    pip install "finapi[drift]"
    finapi-drift --api brevio                  # staging, credentials from the environment
    python -m finapi.drift --api symetrisk --base-url https://...

Layout:
    cli.py          `finapi-drift`: options, exit codes, the order of the run
    token_check.py  the token endpoint first: missing, refusing, or not OAuth2
    sdk.py          everything done through the SDK: client, tokens, the page walk
    probes.py       reachability (probes with documented values) and the page walk's findings
    runner.py       builds and runs `schemathesis run` (a subprocess) with drift.toml
    hooks.py        schemathesis hooks (named in the config file): SDK auth, filters
    events.py       typed view of schemathesis's NDJSON events
    analysis.py     responses -> findings, grouped per schema field, with what to change
    report.py       Markdown, JUnit XML and JSON reports, and the console summary
    session.py      one API's run end to end (also used by the contract run on the mocks)
    spec.py         schema walking over finapi._openapi (the one spec reader)
"""

from __future__ import annotations

import importlib.util

# Checked without importing them: importing schemathesis costs a second, and the CLI needs it
# only in the schemathesis subprocess.
_NEEDED = {
    "schemathesis": "schemathesis",
    "yaml": "pyyaml",
    "rfc3339_validator": "rfc3339-validator",
    "rfc3986_validator": "rfc3986-validator",
}


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # ValueError: a module set to None in sys.modules
        return False


_missing = [package for module, package in _NEEDED.items() if not _installed(module)]
if _missing:
    raise ImportError(
        f"finapi.drift needs the drift extra (missing: {', '.join(_missing)}): "
        "pip install 'finapi[drift]'"
    )
