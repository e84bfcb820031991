"""7. SDK cold start: a fresh interpreter's import, first client and first call.

What a short script (a cron job, a CLI, a serverless function) pays before its first answer:
`import finapi`, `finapi.Symetrisk(...)`, then the README's first call, `bank.get_borrower(...)`
(which also fetches the token and validates the argument). Each run is a new interpreter; the
loopback server (in this process) answers the token, the borrower and openai-python's
`GET /v1/models`, so both SDKs talk over real sockets to the same server.

The reference is openai-python (a Stainless SDK) doing the same three steps: `import openai`,
`openai.OpenAI(...)`, `client.models.list()`. Context rows split the SDK's time into its steps.
No target: the issue asks that it not get worse, which the README's before/after figures show.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping

from ._fixtures import CLIENT_ID, CLIENT_SECRET, ORGANIZATION_NUMBER, ROOT, documented_example
from ._loopback import API_PREFIX, LoopbackApi
from ._mode import Mode
from ._report import Figure
from ._timing import median

NAME = "SDK cold start"

_FINAPI = """\
import json, sys, time
t0 = time.perf_counter()
import finapi
t1 = time.perf_counter()
client = finapi.Symetrisk(environment=sys.argv[1], client_id=sys.argv[2], client_secret=sys.argv[3])
t2 = time.perf_counter()
borrower = client.bank.get_borrower(sys.argv[4])
t3 = time.perf_counter()
assert borrower.organization_number == sys.argv[4], borrower
print(json.dumps({"import": t1 - t0, "client": t2 - t1, "call": t3 - t2}))
"""

_OPENAI = """\
import json, sys, time
t0 = time.perf_counter()
import openai
t1 = time.perf_counter()
client = openai.OpenAI(base_url=sys.argv[1], api_key=sys.argv[2])
t2 = time.perf_counter()
models = client.models.list()
t3 = time.perf_counter()
assert list(models) == [], models
print(json.dumps({"import": t1 - t0, "client": t2 - t1, "call": t3 - t2}))
"""

STEPS = ("import", "client", "call")


def _run(script: str, *arguments: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=120,
    )
    if result.returncode != 0:
        raise RuntimeError(f"cold-start script failed:\n{result.stdout}\n{result.stderr}")
    timings: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return timings


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    steps = {step: median([run[step] for run in runs]) for step in STEPS}
    steps["total"] = median([sum(run[step] for step in STEPS) for run in runs])
    return steps


def run(mode: Mode) -> list[Figure]:
    borrower = json.dumps(documented_example("get_borrower")).encode()
    static: Mapping[str, bytes] = {
        f"{API_PREFIX}/borrower/{ORGANIZATION_NUMBER}": borrower,
        "/v1/models": b'{"object": "list", "data": []}',
    }
    ours: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    with LoopbackApi({}, latency=0.0, empty_page=b"{}", static=static) as api:
        for _ in range(mode.cold_start_repeats * 3):  # alternately, so load spreads over both
            ours.append(_run(_FINAPI, api.base_url, CLIENT_ID, CLIENT_SECRET, ORGANIZATION_NUMBER))
            theirs.append(_run(_OPENAI, f"{api.origin}/v1", CLIENT_SECRET))
    sdk, reference = _medians(ours), _medians(theirs)
    figures = [
        Figure(
            NAME,
            "import + first client + first call: finapi / openai-python",
            sdk["total"] / reference["total"],
            "x",
            None,
            f"finapi {sdk['total'] * 1e3:.0f} ms vs openai {reference['total'] * 1e3:.0f} ms "
            f"(median of {len(ours)} fresh interpreters each)",
            {"finapi": ours, "openai": theirs},
        )
    ]
    for step in STEPS:
        figures.append(
            Figure(
                NAME,
                f"  {step}: finapi / openai-python",
                sdk[step] / reference[step],
                "x",
                None,
                f"finapi {sdk[step] * 1e3:.1f} ms vs openai {reference[step] * 1e3:.1f} ms",
                {"finapi_seconds": sdk[step], "openai_seconds": reference[step]},
            )
        )
    return figures
