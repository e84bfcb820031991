"""Realistic Nordic values for the sandbox's seeded data, deterministic for a given random.Random.

Organisation, VAT, account and personal numbers carry correct check digits (python-stdnum
validates each candidate), so data read from the sandbox also passes the SDK's production checks.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable

from stdnum.dk import cvr
from stdnum.fi import ytunnus
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.se import orgnr as se_orgnr

_FIRST = (
    "Fjord",
    "Nord",
    "Vest",
    "Tind",
    "Havbris",
    "Lysne",
    "Solstrand",
    "Bre",
    "Kyst",
    "Skog",
    "Elve",
    "Fonn",
    "Midnatt",
    "Polar",
    "Vik",
    "Berg",
    "Lofot",
    "Trond",
    "Sør",
    "Øst",
    "Nordlys",
    "Saltfjell",
    "Hardanger",
    "Mjøs",
)
_SECOND = (
    "Bygg",
    "Regnskap",
    "Eiendom",
    "Transport",
    "Fisk",
    "Elektro",
    "Rør",
    "Consult",
    "Maskin",
    "Handel",
    "Mat",
    "Marine",
    "Energi",
    "Tre",
    "Data",
    "Reiseliv",
    "Agentur",
    "Verksted",
    "Invest",
    "Havbruk",
)
_SUFFIX = {"no": "AS", "dk": "ApS", "se": "AB", "fi": "Oy"}
_GIVEN = (
    "Kari",
    "Ola",
    "Ingrid",
    "Lars",
    "Sofie",
    "Jonas",
    "Nora",
    "Henrik",
    "Emma",
    "Magnus",
    "Ida",
    "Sindre",
    "Maja",
    "Eirik",
    "Astrid",
    "Mats",
    "Liv",
    "Anders",
)
_FAMILY = (
    "Nordmann",
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Berg",
    "Haugen",
    "Bakken",
    "Lund",
    "Dahl",
)


def _until_valid(rng: random.Random, make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    while True:
        candidate = make()
        if valid(candidate):
            return candidate


def org_number(rng: random.Random) -> str:
    """A Norwegian organisation number (brreg): nine digits, mod-11 check digit."""
    return _until_valid(rng, lambda: str(rng.randint(810_000_000, 999_999_999)), orgnr.is_valid)


def vat_number(rng: random.Random, country: str) -> str:
    """The number Brevio calls `vatNo`, in the country's national format, valid check digit."""
    if country == "no":
        return org_number(rng)
    if country == "dk":
        return _until_valid(rng, lambda: str(rng.randint(10_000_000, 99_999_999)), cvr.is_valid)
    if country == "se":
        return _until_valid(rng, lambda: f"55{rng.randint(0, 99_999_999):08d}", se_orgnr.is_valid)
    if country == "fi":
        return _until_valid(
            rng,
            lambda: f"{rng.randint(1_000_000, 3_299_999)}-{rng.randint(0, 9)}",
            ytunnus.is_valid,
        )
    raise ValueError(country)


def is_valid_vat_number(number: str, country: str) -> bool:
    checks: dict[str, Callable[[str], bool]] = {
        "no": orgnr.is_valid,
        "dk": cvr.is_valid,
        "se": se_orgnr.is_valid,
        "fi": ytunnus.is_valid,
    }
    check = checks.get(country)
    return bool(check and check(number))


def account_number(rng: random.Random) -> str:
    """A Norwegian bank account number (kontonummer): eleven digits, mod-11 check digit."""
    return _until_valid(
        rng, lambda: f"{rng.randint(1200, 9899)}{rng.randint(0, 9_999_999):07d}", kontonr.is_valid
    )


def personal_number(rng: random.Random) -> str:
    """A Norwegian national identity number (fødselsnummer) with both check digits."""
    while True:
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 50))
        stem = f"{born:%d%m%y}{rng.randint(0, 499):03d}"
        first = fodselsnummer.calc_check_digit1(stem)
        second = fodselsnummer.calc_check_digit2(stem + first)
        candidate = stem + first + second
        if len(candidate) == 11 and fodselsnummer.is_valid(candidate):
            return candidate


def company_name(rng: random.Random, country: str = "no") -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {_SUFFIX[country]}"


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"


def email_for(name: str, company: str) -> str:
    """firstname.lastname@company.no, ASCII only (as mail addresses are in practice)."""
    plain = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", " ": "."})
    local = name.lower().translate(plain)
    domain = company.lower().rsplit(" ", 1)[0].translate(plain).replace(".", "")
    return f"{local}@{domain}.example.no"


def token_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def token_hex(rng: random.Random) -> str:
    """Brevio's audit request tokens are 64 hex digits."""
    return f"{rng.getrandbits(256):064x}"
