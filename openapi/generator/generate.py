"""Regenerate generated/<api>_client from openapi/<api>.yaml, or check that they are in sync.

    python openapi/generator/generate.py            # regenerate every API's package
    python openapi/generator/generate.py --check    # exit 1 and list the files that differ

What a generated package holds:
- `models/`, `types.py`: openapi-python-client 0.29.1 with the project's templates
  (`templates/model.py.jinja` and friends: faster parsing, lazy model imports, UTC as "Z");
- `_contract.py`: the spec facts the wrapper needs at run time (`wrapper/finapi/_contract.py`);
- `resources/<tag>.py`: one resource class per tag, one method per operation, sync and async,
  with raw-response twins (`templates/sdk/resource.py.jinja`);
- `_client.py`: the public clients, e.g. `Symetrisk` and `AsyncSymetrisk`
  (`templates/sdk/client.py.jinja`);
- `py.typed`.
The generator's own endpoint functions (`api/`), `client.py` and `errors.py` are not generated:
the resources replace them, so nothing reachable sends a request around the wrapper.

The spec is read once, by the project's one spec reader (`finapi._openapi`). openapi-python-client
gets a derived copy (`derive.py`: the few spellings it cannot read, such as `date-time-local`);
the SDK layer (`sdk.py`) compiles its facts from the spec itself. Generation goes into a temporary
directory first and then replaces the package wholesale, so files that the spec no longer
produces disappear. The same functions back the in-sync contract test.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib
import os
import shlex
import shutil
import sys
import tempfile
import types
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GENERATOR_DIR = ROOT / "openapi" / "generator"
TEMPLATES = GENERATOR_DIR / "templates"


def _wrapper_module(name: str) -> types.ModuleType:
    """`finapi.<name>` without running `finapi/__init__.py`.

    The generation step runs before the SDK can be installed (the SDK ships what it generates),
    and the two modules it needs (the list of APIs, the spec reader) import only the standard
    library. A bare package object stands in for `finapi` so their relative imports resolve.
    """
    if "finapi" not in sys.modules:
        package = types.ModuleType("finapi")
        package.__path__ = [str(ROOT / "wrapper" / "finapi")]
        sys.modules["finapi"] = package
    return importlib.import_module(f"finapi.{name}")


_apis = _wrapper_module("_apis")
_openapi = _wrapper_module("_openapi")
sys.path.insert(0, str(GENERATOR_DIR))

import sdk  # noqa: E402
from derive import generator_document  # noqa: E402
from openapi_python_client import Project  # noqa: E402 - after the path set-up above
from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: E402
from openapi_python_client.parser import GeneratorData  # noqa: E402
from openapi_python_client.parser.errors import GeneratorError  # noqa: E402

APIS = {api.name: api for api in _apis.APIS}


def py(value: Any) -> str:
    """A Python literal for JSON-like data (what the contract module is made of)."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{py(k)}: {py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + "".join(f"{py(v)}, " for v in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(py(v) for v in value) + "]"
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    raise TypeError(f"not literal data: {value!r}")


def _constructor(name: str, fields: Mapping[str, Any], nested: Mapping[str, Any]) -> str:
    arguments = []
    for key, value in fields.items():
        arguments.append(
            f"{key}={nested[key](value) if key in nested and value is not None else py(value)}"
        )
    return f"{name}({', '.join(arguments)})"


def _parameter(facts: Mapping[str, Any]) -> str:
    return _constructor("Parameter", facts, {})


def operation_code(facts: Mapping[str, Any]) -> str:
    """`Operation(...)` source for one operation's facts."""

    def parameters(values: Sequence[Mapping[str, Any]]) -> str:
        return "(" + "".join(f"{_parameter(p)}, " for p in values) + ")"

    def body(value: Mapping[str, Any]) -> str:
        fields = (
            "(" + "".join(f"{_constructor('BodyField', f, {})}, " for f in value["fields"]) + ")"
        )
        return _constructor("RequestBody", value, {"fields": lambda _: fields})

    def pagination(value: Mapping[str, Any]) -> str:
        return _constructor("Pagination", value, {"position": _parameter, "size": _parameter})

    return _constructor(
        "Operation",
        facts,
        {
            "parameters": parameters,
            "body": body,
            "pagination": pagination,
            "success_statuses": lambda codes: f"frozenset({py(tuple(codes))})",
        },
    )


class SdkProject(Project):
    """openapi-python-client's project, with its endpoint layer replaced by the SDK layer.

    `_build_api` is the generator's step that writes `client.py`, `errors.py` and `api/`; it is
    a private method of the pinned 0.29.1, overridden here (re-check it on an upgrade).
    """

    def __init__(self, *, api: Any, document: Mapping[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.api = api
        self.document = document
        self.env.filters.update(py=py, operation_code=operation_code)

    def _build_api(self) -> None:
        compiled = sdk.compile_api(
            self.document,
            self.openapi,
            version_header=self.api.version_header,
            version_extension=self.api.version_extension,
        )
        context = {
            "api": self.api,
            "contract": compiled.contract,
            "operations": compiled.operations,
            "resources": compiled.resources,
            "servers": [f'"{name}"' for name in compiled.contract["servers"]],
        }
        self._render("sdk/contract.py.jinja", self.package_dir / "_contract.py", context)
        self._render("sdk/client.py.jinja", self.package_dir / "_client.py", context)
        resources_dir = self.package_dir / "resources"
        resources_dir.mkdir(exist_ok=True)
        (resources_dir / "__init__.py").write_text(
            f'"""The resources of {self.api.title}: one module per spec tag."""\n', encoding="utf-8"
        )
        for resource in compiled.resources:
            self._render(
                "sdk/resource.py.jinja",
                resources_dir / f"{resource.tag}.py",
                {**context, "resource": resource},
            )
        (self.package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")

    def _render(self, template: str, path: Path, context: Mapping[str, Any]) -> None:
        path.write_text(self.env.get_template(template).render(**context), encoding="utf-8")


def generate_into(name: str, destination: Path) -> None:
    """Generate one API's package into `destination`."""
    api = APIS[name]
    spec_path = ROOT / "openapi" / api.spec_file
    document = _openapi.load_document(spec_path)
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR_DIR / f"{name}.yaml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        True,
        destination,
    )
    # ruff formats the output (pinned with the generator: another ruff may format differently,
    # and the in-sync check compares byte for byte). The binary of the ruff installed beside the
    # generator, so it works from any venv without PATH set-up (not `python -m ruff`: its working
    # directory is the package, whose types.py would shadow the standard library's). --no-cache
    # keeps caches out of generated/.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]  # ruff has no stubs

    ruff = shlex.quote(find_ruff_bin())
    config.post_hooks = [
        f"{ruff} check . --no-cache --fix-only --extend-select=I --quiet",
        f"{ruff} format . --no-cache --quiet",
    ]
    data = GeneratorData.from_dict(generator_document(document), config=config)
    if isinstance(data, GeneratorError):
        raise RuntimeError(f"openapi-python-client cannot read openapi/{api.spec_file}: {data}")
    project = SdkProject(
        api=api, document=document, openapi=data, config=config, custom_template_path=TEMPLATES
    )
    # No bytecode or tool caches may end up in generated/: generation must be deterministic.
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    os.environ["RUFF_NO_CACHE"] = "true"
    errors = project.build()
    if errors:  # warnings too: a skipped property or endpoint is a silently missing feature
        details = "\n".join(f"{e.level}: {e.header}: {e.detail}" for e in errors)
        raise RuntimeError(f"openapi-python-client reported problems for {name}:\n{details}")


def _tree(directory: Path) -> set[str]:
    return {str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file()}


def differences(name: str) -> list[str]:
    """Files that differ between a fresh generation and generated/<api>_client."""
    committed = ROOT / "generated" / APIS[name].package
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / APIS[name].package
        generate_into(name, fresh)
        if not committed.is_dir():
            return [f"generated/{APIS[name].package} is missing"]
        fresh_files, committed_files = _tree(fresh), _tree(committed)
        problems = [
            f"only in a fresh generation: {f}" for f in sorted(fresh_files - committed_files)
        ]
        problems += [
            f"not produced by the generator: {f}" for f in sorted(committed_files - fresh_files)
        ]
        problems += [
            f"differs from a fresh generation: {f}"
            for f in sorted(fresh_files & committed_files)
            if not filecmp.cmp(fresh / f, committed / f, shallow=False)
        ]
        return [f"{name}: {p}" for p in problems]


def regenerate(name: str) -> None:
    committed = ROOT / "generated" / APIS[name].package
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / APIS[name].package
        generate_into(name, fresh)
        shutil.rmtree(committed, ignore_errors=True)
        shutil.copytree(fresh, committed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    parser.add_argument("apis", nargs="*", metavar="API", help=f"any of {', '.join(APIS)}")
    args = parser.parse_args(argv)
    names = args.apis or list(APIS)
    unknown = sorted(set(names) - set(APIS))
    if unknown:
        parser.error(f"unknown API(s) {', '.join(unknown)}; choose from {', '.join(APIS)}")
    if args.check:
        problems = [p for name in names for p in differences(name)]
        for problem in problems:
            print(problem)
        if problems:
            print("generated/ is out of sync with openapi/: run `nox -s generate`.")
            return 1
        print(f"generated/ is in sync with openapi/ ({', '.join(names)}).")
        return 0
    for name in names:
        regenerate(name)
        print(f"regenerated generated/{APIS[name].package} from openapi/{APIS[name].spec_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
