"""Nordic organisation / business numbers, checked with python-stdnum.

The format (digit count, separators) is always checked. The checksum is optional because the
staging and mock data sets use test numbers such as 999999998 that fail it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from stdnum.dk import cvr as dk_cvr
from stdnum.fi import ytunnus as fi_ytunnus
from stdnum.no import orgnr as no_orgnr
from stdnum.se import orgnr as se_orgnr


@dataclass(frozen=True)
class _Country:
    label: str
    module: ModuleType
    digits: int
    # Some fields carry the VAT form of the number (e.g. NO123456789MVA, SE556036079301); the
    # country prefix and VAT suffix are removed before checking the organisation number.
    vat_suffix: str = ""


COUNTRIES: dict[str, _Country] = {
    "no": _Country("Norwegian organisation number (orgnr)", no_orgnr, 9, vat_suffix="MVA"),
    "dk": _Country("Danish CVR number", dk_cvr, 8),
    "se": _Country("Swedish organisation number (orgnr)", se_orgnr, 10, vat_suffix="01"),
    "fi": _Country("Finnish business ID (Y-tunnus)", fi_ytunnus, 8),
}


def _compact(value: str, country: str, info: _Country) -> str:
    text = re.sub(r"[\s.\-/]", "", value).upper()
    if text.startswith(country.upper()) and len(text) > info.digits:
        text = text[len(country) :]
    if info.vat_suffix and text.endswith(info.vat_suffix) and len(text) > info.digits:
        text = text[: -len(info.vat_suffix)]
    return text


def business_id_problem(value: str, country: str, *, verify_checksum: bool) -> str | None:
    """None when `value` is a valid business id of `country`, else what is wrong with it."""
    info = COUNTRIES.get(country.strip().lower())
    if info is None:
        return None  # countries we have no rule for are the server's business
    compact = _compact(value, country.strip().lower(), info)
    if not (compact.isdigit() and len(compact) == info.digits):
        return f"{value!r} is not a valid {info.label}: expected {info.digits} digits"
    if verify_checksum and not info.module.is_valid(compact):
        return f"{value!r} is not a valid {info.label}: the check digit is wrong"
    return None
