"""The generated models parse exactly what the schemas say, at every object of every example.

The model templates are tuned for parse speed (`openapi/generator/templates/model.py.jinja`).
These tests pin what that must not change: each documented JSON body, mutated at every object it
holds, parses as the schema says:
- a key that is not in the schema is kept in `additional_properties` and serialised back;
- a required key that is missing raises `KeyError` (never a model with a hole in it);
- an optional key that is missing is UNSET and stays absent from `to_dict()`;
- an open enum (`anyOf: [Known…, string]`) takes values it does not know, as plain strings;
- a date or date-time that is not one raises `ValueError`, nullable or not;
- parsing leaves the input untouched and gives every model its own `additional_properties`.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import pytest

from tests.contract.specs import APIS, Example, all_examples, load_spec, resolve

UNKNOWN_KEY = "zz_not_in_the_schema"
UNKNOWN_VALUE = 1  # a number: the schemas' typed additionalProperties are all `type: number`
UNKNOWN_ENUM_VALUE = "zz-not-a-known-value"
NOT_A_DATE = "not-a-date"
DATE_FORMATS = ("date", "date-time")


def _model_class(api: str, schema: dict[str, Any]) -> Any:
    """The generated class of a `$ref` to a component schema (the generator keeps the name)."""
    models = importlib.import_module(f"{api}_client.models")
    return getattr(models, str(schema["$ref"]).rsplit("/", 1)[-1])


def _parser(example: Example) -> Any:
    schema = example.schema
    if "$ref" in schema:
        return _model_class(example.api, schema).from_dict
    item = _model_class(example.api, schema["items"])
    return lambda value: [item.from_dict(v) for v in value]


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_json(item) for item in parsed]
    return parsed.to_dict()


MODEL_EXAMPLES = [
    example
    for example in all_examples()
    if example.media_type.endswith("json")
    and ("$ref" in example.schema or "$ref" in example.schema.get("items", {}))
]


@dataclass(frozen=True)
class Node:
    kind: str  # "object", "open enum" or "date"
    pointer: str  # JSON Pointer into the example value
    value: Any
    schema: dict[str, Any]


def _walk(api: str, schema: Any, value: Any, pointer: str = "") -> Iterator[Node]:
    """Every object (a schema with `properties`), open-enum value and date in `value`."""
    spec = load_spec(api)
    schema = resolve(spec, schema)
    if "anyOf" in schema:
        for option in (resolve(spec, o) for o in schema["anyOf"]):
            if isinstance(value, str) and "enum" in option:
                if value in option["enum"]:
                    yield Node("open enum", pointer, value, schema)
                return
            if isinstance(value, dict) and "properties" in option:
                yield from _walk(api, option, value, pointer)
                return
    elif isinstance(value, dict) and "properties" in schema:
        yield Node("object", pointer, value, schema)
        for key, item in value.items():
            if key in schema["properties"]:
                yield from _walk(api, schema["properties"][key], item, f"{pointer}/{key}")
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from _walk(api, schema["items"], item, f"{pointer}/{index}")
    elif isinstance(value, str) and schema.get("format") in DATE_FORMATS:
        yield Node("date", pointer, value, schema)


def _set(document: Any, pointer: str, value: Any) -> None:
    *parents, last = pointer.split("/")[1:]
    for part in parents:
        document = document[int(part) if isinstance(document, list) else part]
    document[int(last) if isinstance(document, list) else last] = value


def _models(parsed: Any) -> Iterator[Any]:
    """Every attrs model in a parsed tree."""
    if isinstance(parsed, list):
        for item in parsed:
            yield from _models(item)
    elif attrs.has(type(parsed)):
        yield parsed
        for field in attrs.fields(type(parsed)):
            yield from _models(getattr(parsed, field.name))


@pytest.mark.parametrize("example", MODEL_EXAMPLES, ids=lambda e: e.id)
def test_every_object_of_the_example_parses_as_its_schema_says(example: Example) -> None:
    parse = _parser(example)
    document = copy.deepcopy(example.value)
    nodes = list(_walk(example.api, example.schema, document))
    objects = [node for node in nodes if node.kind == "object"]
    assert objects, "the walk found no object in the example"
    checked = 0
    for node in objects:
        original = dict(node.value)
        node.value[UNKNOWN_KEY] = UNKNOWN_VALUE
        assert _to_json(parse(document)) == document, f"{node.pointer}: unknown key lost"
        del node.value[UNKNOWN_KEY]
        for key in original:
            del node.value[key]
            if key in node.schema.get("required", ()):
                with pytest.raises(KeyError, match=key):
                    parse(document)
            else:
                assert _to_json(parse(document)) == document, f"{node.pointer}/{key} missing"
            node.value.clear()
            node.value.update(original)  # the key back, in its place
            checked += 1
    for node in nodes:
        if node.kind == "open enum":
            _set(document, node.pointer, UNKNOWN_ENUM_VALUE)
            assert _to_json(parse(document)) == document, f"{node.pointer}: open enum"
            _set(document, node.pointer, node.value)
        elif node.kind == "date":
            _set(document, node.pointer, NOT_A_DATE)
            with pytest.raises(ValueError, match=NOT_A_DATE):
                parse(document)
            _set(document, node.pointer, node.value)
    assert checked == sum(len(node.value) for node in objects)
    assert document == example.value


@pytest.mark.parametrize("example", MODEL_EXAMPLES, ids=lambda e: e.id)
def test_parsing_leaves_the_input_alone_and_gives_each_model_its_own_extras(
    example: Example,
) -> None:
    document = copy.deepcopy(example.value)
    models = list(_models(_parser(example)(document)))
    assert document == example.value
    extras = [id(model.additional_properties) for model in models]
    assert len(set(extras)) == len(extras) == len(models)


def test_open_enums_parse_known_values_as_members_and_others_as_strings() -> None:
    from symetrisk_client.models import AccountingDataItem, KnownOrigin

    item = copy.deepcopy(
        next(e for e in MODEL_EXAMPLES if e.operation.operation_id == "get_accounting_data").value
    )["items"][0]
    assert AccountingDataItem.from_dict(item).origin is KnownOrigin(item["origin"])
    item["origin"] = UNKNOWN_ENUM_VALUE
    origin = AccountingDataItem.from_dict(item).origin
    assert type(origin) is str
    assert origin == UNKNOWN_ENUM_VALUE


@pytest.mark.parametrize("api", APIS)
def test_models_have_no_init_logic_that_from_dict_would_skip(api: str) -> None:
    """from_dict() builds instances with `cls.__new__` and stores every field itself.

    That is only the same as calling the class while attrs' __init__ does nothing but store the
    fields: no validators, converters, setattr hooks or __attrs_post_init__, and no init=False
    field but `additional_properties`, which from_dict() sets.
    """
    models = importlib.import_module(f"{api}_client.models")
    classes = [getattr(models, name) for name in models.__all__]
    classes = [c for c in classes if attrs.has(c)]
    assert len(classes) > 10
    for cls in classes:
        assert cls.__setattr__ is object.__setattr__, cls  # no on_setattr hooks
        assert not hasattr(cls, "__attrs_post_init__"), cls
        assert not hasattr(cls, "__attrs_pre_init__"), cls
        for field in attrs.fields(cls):
            assert field.validator is None, (cls, field.name)
            assert field.converter is None, (cls, field.name)
            assert field.on_setattr is None, (cls, field.name)
            assert field.init or field.name == "additional_properties", (cls, field.name)
