"""Which routes are real: reachability, and the page walk over every paginated listing.

Most paths in both specs are guessed (`x-inferred`). A guessed route that does not exist answers
404 to everything, which is a documented response, so schemathesis's checks all pass on it. What
tells a real route from a guessed one is whether it ever answers 2xx to a valid request. So:

- every response of the run counts (schemathesis's, the page walk's, the probes'), per operation;
- GET operations that no response reached yet are probed with documented inputs: the spec's
  examples (parameter, schema, default, first enum value) and values found in earlier 2xx
  responses under the parameter's name (an `organization_number` from a listing for
  `/borrower/{organization_number}`), a few combinations at most;
- an operation that was requested but never answered 2xx is an error, `operation-unreachable`,
  with the statuses seen and the values tried.

The page walk runs the SDK's own paginator over each paginated GET (a few pages, small pages
where the page size can be chosen) and reports a listing that repeats a page, stops short of
its total, or returns more items than the page size.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlsplit

import httpx

from finapi._openapi import Operation
from finapi.drift import sdk
from finapi.drift.analysis import ERROR, OWN_CHECK, Context, Finding, normalise
from finapi.drift.events import Interaction, Run
from finapi.drift.spec import JSON, Spec, inferred, label

MAX_PROBES = 3  # parameter combinations tried per operation that nothing reached yet
MAX_HARVESTED = 5  # values kept per field name
WALK_PAGES = 3
WALK_PAGE_SIZE = 2  # where the page size can be chosen: small, so a few pages exist
SIZE_STYLES = {"limit-skip", "offset-page-size"}


@dataclass(frozen=True)
class Observed:
    """One response to one operation, and who asked for it."""

    operation: Operation
    interaction: Interaction
    source: str  # schemathesis | walk | probe


@dataclass
class Reach:
    operation: Operation
    statuses: Counter[int] = field(default_factory=Counter)
    tried: list[str] = field(default_factory=list)  # parameter values the probes used

    @property
    def requested(self) -> bool:
        return bool(self.statuses)

    @property
    def reached(self) -> bool:
        return any(200 <= status < 300 for status in self.statuses)

    def statuses_text(self) -> str:
        return ", ".join(f"{status} x{count}" for status, count in sorted(self.statuses.items()))


def from_run(run: Run, spec: Spec, base_path: str) -> list[Observed]:
    found: list[Observed] = []
    for scenario, interaction in run.interactions():
        operation = spec.operation(scenario.label) or spec.match(
            interaction.method, interaction.url, base_path
        )
        if operation is not None:
            found.append(Observed(operation, interaction, "schemathesis"))
    return found


def harvest(observed: Iterable[Observed]) -> dict[str, list[JSON]]:
    """Normalised field name -> scalar values seen in 2xx JSON responses (a few per name)."""
    values: dict[str, list[JSON]] = {}

    def visit(node: JSON) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str | int) and not isinstance(value, bool) and value != "":
                    bucket = values.setdefault(normalise(str(key)), [])
                    if value not in bucket and len(bucket) < MAX_HARVESTED:
                        bucket.append(value)
                else:
                    visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    for item in observed:
        if 200 <= item.interaction.status < 300:
            ok, body = item.interaction.json()
            if ok:
                visit(body)
    return values


def _required_parameters(operation: Operation) -> list[Mapping[str, JSON]]:
    return [
        param
        for param in operation.parameters
        if param.get("in") == "path" or (param.get("in") == "query" and param.get("required"))
    ]


def _documented_values(spec: Spec, param: Mapping[str, JSON]) -> list[JSON]:
    found: list[JSON] = []
    if "example" in param:
        found.append(param["example"])
    for example in (param.get("examples") or {}).values():
        example = spec.resolve(example)
        if isinstance(example, Mapping) and "value" in example:
            found.append(example["value"])
    schema = spec.resolve(param.get("schema") or {})
    if isinstance(schema, Mapping):
        if "example" in schema:
            found.append(schema["example"])
        found.extend(schema.get("examples") or [])
        if "default" in schema:
            found.append(schema["default"])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            found.append(schema["enum"][0])
    unique: list[JSON] = []
    for value in found:
        if value not in unique:
            unique.append(value)
    return unique


def _harvested_values(param: Mapping[str, JSON], harvested: Mapping[str, list[JSON]]) -> list[JSON]:
    name = normalise(str(param["name"]))
    found = list(harvested.get(name, []))
    # `creditor_organization_number` can take an `organization_number` seen elsewhere.
    for key, values in harvested.items():
        if key != name and len(key) >= 6 and name.endswith(key):
            found += [value for value in values if value not in found]
    return found


def parameter_sets(spec: Spec, operation: Operation, harvested: Mapping[str, list[JSON]],
                   limit: int = MAX_PROBES) -> list[dict[str, tuple[str, JSON]]]:  # fmt: skip
    """Up to `limit` value combinations for the required parameters: name -> (in, value)."""
    params = _required_parameters(operation)
    if not params:
        return [{}]
    candidates: list[list[JSON]] = []
    for param in params:
        values = _documented_values(spec, param) + [
            value
            for value in _harvested_values(param, harvested)
            if value not in _documented_values(spec, param)
        ]
        if not values:
            return []  # nothing documented to send: the probe would only guess
        candidates.append(values)
    sets: list[dict[str, tuple[str, JSON]]] = []
    for index in range(max(len(values) for values in candidates)):
        combination = {
            str(param["name"]): (str(param["in"]), values[min(index, len(values) - 1)])
            for param, values in zip(params, candidates, strict=True)
        }
        if combination not in sets:
            sets.append(combination)
        if len(sets) >= limit:
            break
    return sets


def _request(
    operation: Operation, values: Mapping[str, tuple[str, JSON]]
) -> tuple[str, dict[str, str]]:
    path = operation.path
    query: dict[str, str] = {}
    for name, (where, value) in values.items():
        text = str(value).lower() if isinstance(value, bool) else str(value)
        if where == "path":
            path = path.replace("{" + name + "}", quote(text, safe=""))
        else:
            query[name] = text
    return path, query


def _interaction(case_id: str, method: str, url: str, response: httpx.Response) -> Interaction:
    return Interaction(
        case_id=case_id,
        method=method,
        url=url,
        status=response.status_code,
        content_type=response.headers.get("content-type"),
        body=response.content,
        truncated=False,
    )


def probe(connection: sdk.Connection, spec: Spec, operation: Operation,
          harvested: Mapping[str, list[JSON]], reach: Reach
          ) -> tuple[list[Observed], dict[str, tuple[str, JSON]] | None]:  # fmt: skip
    """GET the operation with documented values until it answers 2xx (a few tries at most).

    Returns the responses and the values that got a 2xx, if any did.
    """
    import finapi

    found: list[Observed] = []
    for number, values in enumerate(parameter_sets(spec, operation, harvested), start=1):
        path, query = _request(operation, values)
        shown = (
            ", ".join(f"{name}={value}" for name, (_, value) in values.items()) or "no parameters"
        )
        try:
            response = connection.request(operation.method, path, params=query)
        except finapi.APIStatusError as error:
            response = error.response
        except finapi.APIConnectionError as error:
            reach.tried.append(f"{shown}: no response ({error})")
            continue
        url = str(response.request.url) if response.request is not None else path
        reach.tried.append(f"{shown}: {response.status_code}")
        observed = Observed(
            operation, _interaction(f"probe-{operation.operation_id}-{number}", operation.method,
                                    url, response), "probe")  # fmt: skip
        found.append(observed)
        reach.statuses[response.status_code] += 1
        if reach.reached:
            return found, values
    return found, None


def values_that_worked(operation: Operation, observed: Iterable[Observed], base_path: str
                       ) -> dict[str, tuple[str, JSON]] | None:  # fmt: skip
    """The required parameter values of a request to `operation` that got a 2xx, if any did."""
    names = {str(p["name"]): str(p["in"]) for p in _required_parameters(operation)}
    for item in observed:
        interaction = item.interaction
        if item.operation is not operation or not 200 <= interaction.status < 300:
            continue
        url = urlsplit(interaction.url)
        base = base_path.rstrip("/")
        if not url.path.startswith(base):
            continue
        matched = operation.spec.match(operation.method, url.path[len(base) :])
        if matched is None or matched[0] is not operation:
            continue
        query = parse_qs(url.query)
        values: dict[str, tuple[str, JSON]] = {}
        for name, where in names.items():
            if where == "path" and name in matched[1]:
                values[name] = (where, matched[1][name])
            elif where == "query" and query.get(name):
                values[name] = (where, query[name][0])
        if len(values) == len(names):
            return values
    return None


def reachability(operations: Iterable[Operation], observed: Iterable[Observed]) -> dict[str, Reach]:
    reaches = {label(operation): Reach(operation) for operation in operations}
    for item in observed:
        reach = reaches.get(label(item.operation))
        if reach is not None:
            reach.statuses[item.interaction.status] += 1
    return reaches


def unreachable_findings(spec: Spec, api: str, reaches: Mapping[str, Reach]) -> list[Finding]:
    findings: list[Finding] = []
    for name, reach in reaches.items():
        if not reach.requested or reach.reached:
            continue
        operation = reach.operation
        reason = inferred(operation)
        tried = f"; probes tried {'; '.join(reach.tried)}" if reach.tried else ""
        ctx = Context(spec, api, operation, name, None)
        findings.append(
            ctx.finding(
                kind="operation-unreachable",
                severity=ERROR,
                check=OWN_CHECK,
                pointer=None,
                expected="a 2xx answer to a valid request",
                received=reach.statuses_text(),
                message=(
                    f"{name} never answered 2xx ({reach.statuses_text()}){tried}"
                    + (f". The route is x-inferred: {reason}" if reason else "")
                ),
            )
        )
    return findings


# -- the page walk -------------------------------------------------------------------------------


def walk_page_size(operation: Operation) -> int | None:
    config = operation.pagination or {}
    return WALK_PAGE_SIZE if config.get("style") in SIZE_STYLES else None


def walk(
    connection: sdk.Connection,
    spec: Spec,
    operation: Operation,
    values: Mapping[str, tuple[str, JSON]],
) -> tuple[sdk.WalkResult, list[Observed]]:
    """Walk a few pages with the SDK's paginator; every page is also an observed response."""
    result = sdk.walk_pages(
        connection,
        operation.operation_id,
        params={name: value for name, (_, value) in values.items()},
        max_pages=WALK_PAGES,
        page_size=walk_page_size(operation),
    )
    observed: list[Observed] = []
    base = connection.base_url + _request(operation, values)[0]
    for page in result.pages:
        where = f"{base} (page {page.number}" + (
            f", from {page.position})" if page.position else ")"
        )
        observed.append(
            Observed(
                operation,
                Interaction(
                    case_id=f"walk-{operation.operation_id}-{page.number}",
                    method="GET",
                    url=where,
                    status=page.status,
                    content_type=page.content_type,
                    body=page.body,
                    truncated=False,
                ),
                "walk",
            )
        )
    if result.error_response is not None:
        observed.append(
            Observed(
                operation,
                _interaction(f"walk-{operation.operation_id}-error", "GET",
                             str(result.error_response.request.url), result.error_response),
                "walk",
            )
        )  # fmt: skip
    return result, observed


@dataclass
class Walked:
    operation: Operation
    result: sdk.WalkResult

    @property
    def items(self) -> int:
        return sum(page.items for page in self.result.pages)

    @property
    def total(self) -> int | None:
        totals = [page.total for page in self.result.pages if page.total is not None]
        return totals[-1] if totals else None

    @property
    def lost_next(self) -> str | None:
        """x-pagination.next when the walk ended on a page without that field at all.

        The SDK's paginator reads a missing cursor as "no more pages", so a renamed `next`
        ends every listing after its first page, silently.
        """
        path = (self.operation.pagination or {}).get("next")
        if not path or self.result.stopped != "end" or not self.result.pages:
            return None
        last = self.result.pages[-1]
        try:
            node: JSON = json.loads(last.body)
        except ValueError:
            return None
        for part in str(path).split("."):
            if not isinstance(node, dict) or part not in node:
                return str(path)
            node = node[part]
        return None

    def outcome(self) -> str:
        result = self.result
        if result.error:
            return f"failed: {result.error}"
        pages = len(result.pages)
        if result.stopped == "limit":
            done = "stopped at the page limit"
        elif self.lost_next:
            done = f"stopped: no `{self.lost_next}` in the last page"
        else:
            done = "listing complete"
        return f"{pages} page(s), {self.items} item(s), {done}"


def walk_findings(spec: Spec, api: str, walked: Walked, reach: Reach) -> list[Finding]:
    operation, result = walked.operation, walked.result
    name = label(operation)
    ctx = Context(spec, api, operation, name, None)
    pointer = f"{operation.pointer}/x-pagination"
    findings: list[Finding] = []

    def add(kind: str, expected: str, received: str, message: str) -> None:
        findings.append(
            ctx.finding(kind=kind, severity=ERROR, check=OWN_CHECK, pointer=None,
                        expected=expected, received=received, message=message, schema=pointer)
        )  # fmt: skip

    if result.error is not None:
        if reach.reached:  # an unreachable listing is reported as unreachable, not twice
            add("page-walk-failed", "pages the SDK can read", result.error,
                f"the SDK's paginator failed on {name}: {result.error}")  # fmt: skip
        return findings
    for warning in result.warnings:
        if "identical to page" in warning or "twice" in warning:
            add("listing-repeats-page", "a new page for every offset or cursor", warning,
                f"the listing does not progress: {warning}")  # fmt: skip
        elif "while the total says" in warning:
            add("listing-stops-short", "pages up to the total", warning,
                f"the listing stops short of its total: {warning}")  # fmt: skip
    if walked.lost_next:
        add("listing-stops-short", f"field {walked.lost_next!r} on every page (x-pagination.next)",
            f"no {walked.lost_next!r} on page {len(result.pages)}",
            f"the SDK's paginator stopped after page {len(result.pages)}: the response has no "
            f"{walked.lost_next!r}, which it reads as the last page, so the rest of the listing "
            "is never fetched")  # fmt: skip
    total = walked.total
    short = result.stopped == "end" and total is not None and walked.items < total
    if short and not any(f.kind == "listing-stops-short" for f in findings):
        add("listing-stops-short", f"{total} item(s) (the reported total)",
                f"{walked.items} item(s) in {len(result.pages)} page(s)",
                f"the listing ended after {walked.items} of {total} items")  # fmt: skip
    config = operation.pagination or {}
    size = walk_page_size(operation) or config.get("page_size")
    for page in result.pages:
        if isinstance(size, int) and page.items > size:
            add("page-size-exceeded", f"at most {size} item(s) per page",
                f"{page.items} item(s) on page {page.number}",
                f"page {page.number} has {page.items} items, more than the page size {size}",
            )  # fmt: skip
            break
    return findings


# -- the drift command's own requests ------------------------------------------------------------


@dataclass
class Own:
    """What the drift tool's own requests found."""

    observed: list[Observed] = field(default_factory=list)
    walks: list[Walked] = field(default_factory=list)
    tried: dict[str, list[str]] = field(default_factory=dict)  # label -> probe values tried


# Given the spec, the selected operations and what schemathesis saw: the tool's own requests.
OwnRequests = Callable[[Spec, list[Operation], list[Observed]], Own]


def own_requests(connection: sdk.Connection) -> OwnRequests:
    """Probes for the GETs nothing reached, then the page walk over every paginated GET."""

    def run(spec: Spec, operations: list[Operation], observed: list[Observed]) -> Own:
        own = Own()
        gets = [operation for operation in operations if operation.method == "GET"]
        reaches = reachability(gets, observed)
        harvested = harvest(observed)
        working: dict[str, dict[str, tuple[str, JSON]]] = {}
        for operation in gets:
            name = label(operation)
            reach = reaches[name]
            if reach.reached:
                continue
            reach.tried = []
            found, values = probe(connection, spec, operation, harvested, reach)
            own.observed += found
            own.tried[name] = reach.tried
            if values is not None:
                working[name] = values
        harvested = harvest([*observed, *own.observed])
        base_path = urlsplit(connection.base_url).path
        for operation in gets:
            if operation.pagination is None:
                continue
            sets = parameter_sets(spec, operation, harvested)
            values = (
                working.get(label(operation))
                or values_that_worked(operation, observed, base_path)
                or (sets[0] if sets else None)
            )
            if values is None:
                continue  # a required parameter with nothing documented to send
            result, pages = walk(connection, spec, operation, values)
            own.walks.append(Walked(operation, result))
            own.observed += pages
        return own

    return run
