"""The built reference in a real browser: every operation of both specs is listed, inferred ones
are visibly marked (with the reason), the SDK reference documents the public API, and nothing
failed to render (no console errors, no failed loads, no error box)."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import finapi
import pytest
from finapi._openapi import load_spec
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.command import Command
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from release.docs import HTTP_METHODS
from release.project import APIS, ApiInfo

WAIT = 30.0  # seconds; a 2.6 MB page on a loaded 2-core machine
# Redoc's "API docs by Redocly" footer shows Redocly's logo from its CDN and hides it when it does
# not load (`onError`); the machine running the tests has no route to the internet. Nothing else
# may fail to load: the pages carry their scripts (build-docs --inlineBundle).
OFFLINE_ONLY = re.compile(r"^https://cdn\.redoc\.ly/redoc/logo-mini[\w-]*\.svg ")
# What Redoc shows instead of the reference when it fails (its error boundary's message).
REDOC_ERROR = "Something went wrong rendering"
MENU_OPERATION = (
    '[data-component-name="Menu/MenuItem"].menu-item-type-operation a[href^="#/{tag}/"]'
)
BADGE = '[data-component-name="Tag/Tag"]'
# One round trip per look (the machine is slow and WebDriver calls add up). `checkVisibility` is
# the browser's own "is this rendered visibly" (display, visibility, content-visibility).
SIDEBAR_ITEMS = f"""
const items = Array.from(document.querySelectorAll(arguments[0]))
    .filter(a => a.checkVisibility({{visibilityProperty: true}}));
return items.length === 0 ? null : items.map(a => [
    a.getAttribute("href"),
    Array.from(a.querySelectorAll('{BADGE}')).some(
        t => t.innerText.trim() === "Inferred" && t.checkVisibility({{visibilityProperty: true}}))
]);
"""
OPERATION_SECTION = f"""
const title = Array.from(document.querySelectorAll("h2")).find(
    h => h.querySelector(`a[href="${{arguments[0]}}"]`) && h.checkVisibility()
        && h.innerText.trim() !== "");
if (!title) return null;  // not rendered yet (Redoc renders the sections near the one shown)
let section = title;
while (section.parentElement && !section.querySelector("p")) section = section.parentElement;
return [
    title.innerText,
    Array.from(title.querySelectorAll('{BADGE}')).some(
        t => t.innerText.trim() === "Inferred" && t.checkVisibility({{visibilityProperty: true}})),
    section.innerText.slice(0, 4000),
];
"""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    tag: str
    summary: str
    inferred: str | None  # the reason


def operations(api: ApiInfo) -> list[Operation]:
    document = load_spec(api.package).document
    return [
        Operation(
            operation_id=str(definition["operationId"]),
            tag=str(definition["tags"][0]),
            summary=str(definition.get("summary", "")),
            inferred=definition.get("x-inferred"),
        )
        for item in document["paths"].values()
        for method, definition in item.items()
        if method in HTTP_METHODS
    ]


def console_problems(browser: webdriver.Chrome) -> list[str]:
    entries: list[dict[str, Any]] = browser.execute(Command.GET_LOG, {"type": "browser"})["value"]
    return [
        f"{entry['source']}: {entry['message']}"
        for entry in entries
        if entry["level"] in {"SEVERE", "WARNING"} and not OFFLINE_ONLY.match(entry["message"])
    ]


def open_page(browser: webdriver.Chrome, url: str) -> None:
    console_problems(browser)  # what earlier pages logged is theirs
    browser.get(url)
    WebDriverWait(browser, WAIT).until(
        lambda b: b.execute_script("return document.readyState") == "complete"
    )


def wait_for_script(browser: webdriver.Chrome, script: str, *arguments: str) -> Any:
    """The script's first truthy result (it returns null until the page shows what it wants)."""

    def look(driver: webdriver.Chrome) -> Any:
        return driver.execute_script(script, *arguments)

    # Polled often: the reference re-renders in well under WebDriverWait's default half second.
    return WebDriverWait(browser, WAIT, poll_frequency=0.05).until(look)


def assert_rendered_cleanly(browser: webdriver.Chrome) -> None:
    text = browser.find_element(By.TAG_NAME, "body").text
    assert REDOC_ERROR not in text, text[:2000]
    assert console_problems(browser) == []


def displayed(elements: list[WebElement]) -> list[WebElement]:
    return [element for element in elements if element.is_displayed()]


def words(text: str) -> str:
    """Letters and digits only: markdown rendering changes quotes, backticks and spacing."""
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def test_index_links_every_reference_page(
    browser: webdriver.Chrome, site: str, docs_dir: Path
) -> None:
    open_page(browser, f"{site}/index.html")
    links = {a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")}
    api_pages = {f"{site}/api/{api.name}.html" for api in APIS}
    sdk_pages = {f"{site}/sdk/{module}.html" for module in ("finapi", *(a.package for a in APIS))}
    assert api_pages | sdk_pages <= links
    assert_rendered_cleanly(browser)
    for link in sorted(links):
        assert (docs_dir / link.removeprefix(f"{site}/")).is_file(), f"broken link {link}"
    # The API pages are opened (and checked) by the test below.
    for link in sorted(links - api_pages):
        open_page(browser, link)
        assert_rendered_cleanly(browser)


@pytest.mark.parametrize("api", APIS, ids=[api.name for api in APIS])
def test_api_reference_lists_every_operation_and_marks_the_inferred_ones(
    browser: webdriver.Chrome, site: str, api: ApiInfo
) -> None:
    expected = operations(api)
    page = f"{site}/api/{api.name}.html"
    open_page(browser, page)

    # The sidebar, one tag at a time (opening a tag lists its operations), as a reader browses.
    listed: dict[str, bool] = {}
    for tag in dict.fromkeys(op.tag for op in expected):
        browser.execute_script("location.hash = arguments[0]", f"#/{tag}")
        items = wait_for_script(browser, SIDEBAR_ITEMS, MENU_OPERATION.format(tag=tag))
        listed.update({href.rsplit("/", 1)[-1]: badge for href, badge in items})
    assert sorted(listed) == sorted(op.operation_id for op in expected)
    assert listed == {op.operation_id: op.inferred is not None for op in expected}

    # Each operation's own section: its title, the badge beside it, and the reason.
    for op in expected:
        browser.execute_script("location.hash = arguments[0]", f"#/{op.tag}/{op.operation_id}")
        title, badge, section = wait_for_script(
            browser, OPERATION_SECTION, f"#/{op.tag}/{op.operation_id}"
        )
        assert op.summary in title, (op.operation_id, title)
        assert badge == (op.inferred is not None), (op.operation_id, title)
        if op.inferred is not None:
            reason = words(f"Inferred: {op.inferred}")[:80]
            assert reason in words(section), (op.operation_id, section[:500])
    assert_rendered_cleanly(browser)


def test_sdk_reference_documents_the_public_api(browser: webdriver.Chrome, site: str) -> None:
    open_page(browser, f"{site}/sdk/finapi.html")
    public = [name for name in finapi.__all__ if not name.startswith("_")]
    missing = [
        name
        for name in public
        if not displayed(browser.find_elements(By.CSS_SELECTOR, f'[id="{name}"]'))
    ]
    assert not missing, f"finapi's public names missing from its reference: {missing}"
    assert_rendered_cleanly(browser)


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_sdk_reference_documents_every_resource_method(
    browser: webdriver.Chrome, site: str, api: ApiInfo
) -> None:
    """Every operation of the spec is a documented method of its resource, sync and async."""
    contract = importlib.import_module(f"{api.package}._contract").CONTRACT
    by_tag: dict[str, list[str]] = {}
    for operation in contract.operations.values():
        by_tag.setdefault(operation.tag, []).append(operation.operation_id)
    for tag, operations in sorted(by_tag.items()):
        open_page(browser, f"{site}/sdk/{api.package}/resources/{tag}.html")
        stem = "".join(part.capitalize() for part in tag.split("_"))
        missing = [
            f"{prefix}{stem}Resource.{name}"
            for name in operations
            for prefix in ("", "Async")
            if not displayed(
                browser.find_elements(By.CSS_SELECTOR, f'[id="{prefix}{stem}Resource.{name}"]')
            )
        ]
        assert not missing, f"{api.name}/{tag}: undocumented methods {missing}"
        assert_rendered_cleanly(browser)
