"""From a generated operation (module or function) to its spec operation and Python names.

openapi-python-client writes each operation to `<package>/api/<tag>/<operationId>.py`, and our
spec convention makes operationIds snake_case, so the module name IS the operationId and the
package name picks the spec. No hand-kept list of endpoints is needed.
"""

from __future__ import annotations

import inspect
import keyword
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ._openapi import ApiSpec, Operation, load_spec

OperationLike = ModuleType | Callable[..., Any]


@dataclass(frozen=True)
class GeneratedOperation:
    module: ModuleType
    spec: ApiSpec
    operation: Operation

    @property
    def name(self) -> str:
        return self.operation.operation_id

    def sync_detailed(self) -> Callable[..., Any]:
        function: Callable[..., Any] = self.module.sync_detailed
        return function

    def asyncio_detailed(self) -> Callable[..., Any]:
        function: Callable[..., Any] = self.module.asyncio_detailed
        return function

    def parameters(self) -> dict[str, inspect.Parameter]:
        return dict(inspect.signature(self.module.sync_detailed).parameters)

    def kwarg_for(self, wire_name: str) -> str:
        """The generated function's keyword for a wire parameter name (pageSize -> page_size)."""
        parameters = self.parameters()
        base = snake_case(wire_name)
        for candidate in (base, f"{base}_", f"field_{base}"):
            if candidate in parameters:
                return candidate
        raise TypeError(
            f"{self.name}: the generated function has no keyword for parameter {wire_name!r} "
            f"(expected {base!r}; it takes {', '.join(p for p in parameters if p != 'client')})"
        )


def snake_case(name: str) -> str:
    """The generator's naming: camelCase / kebab-case / acronyms -> snake_case."""
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").lower()
    return f"{text}_" if keyword.iskeyword(text) else text


def resolve(operation: OperationLike) -> GeneratedOperation:
    module = operation if isinstance(operation, ModuleType) else _module_of(operation)
    package = module.__name__.partition(".")[0]
    operation_id = module.__name__.rsplit(".", 1)[-1]
    if not hasattr(module, "sync_detailed") or not hasattr(module, "asyncio_detailed"):
        raise TypeError(
            f"{module.__name__} is not a generated operation module (it has no sync_detailed / "
            "asyncio_detailed)"
        )
    spec = load_spec(package)
    try:
        spec_operation = spec.operation(operation_id)
    except LookupError:
        raise TypeError(
            f"{module.__name__}: no operation with operationId {operation_id!r} in {spec.name}.yaml"
        ) from None
    return GeneratedOperation(module=module, spec=spec, operation=spec_operation)


def _module_of(function: Callable[..., Any]) -> ModuleType:
    name = getattr(function, "__module__", None)
    module = sys.modules.get(name) if name else None
    if module is None:
        raise TypeError(
            f"{function!r} is neither a generated operation module nor one of its functions"
        )
    return module
