"""The one list of APIs this project covers, and what differs between them beyond their specs.

Everything that needs "which APIs are there" reads it from here: the SDK's configuration, the
generation step (`openapi/generator/generate.py`, which loads this file by path because it runs
without the SDK installed), the mocks, the contract tests and the drift tool. It has no imports
beyond the standard library for that reason.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ApiInfo:
    """One API.

    Attributes:
        name: "symetrisk": the spec is `openapi/<name>.yaml`; the drift tool's `--api` value.
        title: "Symetrisk", for people.
        package: the generated package, "symetrisk_client".
        env_prefix: "SYMETRISK": <PREFIX>_CLIENT_ID, _CLIENT_SECRET, _ENVIRONMENT, _MOCK_URL.
        mock_port: where `nox -s mock` serves it on 127.0.0.1.
        version_header: a header every request carries, pinned to the dated API version the spec
            describes (its value is `info.x-<name>-version` in the spec), or None.
    """

    name: str
    title: str
    package: str
    env_prefix: str
    mock_port: int
    version_header: str | None = None

    @property
    def spec_file(self) -> str:
        return f"{self.name}.yaml"

    @property
    def version_extension(self) -> str:
        return f"x-{self.name}-version"

    @property
    def credential_variables(self) -> tuple[str, str]:
        return (f"{self.env_prefix}_CLIENT_ID", f"{self.env_prefix}_CLIENT_SECRET")

    @property
    def environment_variable(self) -> str:
        return f"{self.env_prefix}_ENVIRONMENT"

    @property
    def mock_url_variable(self) -> str:
        return f"{self.env_prefix}_MOCK_URL"

    @property
    def default_mock_url(self) -> str:
        return f"http://127.0.0.1:{self.mock_port}"


SYMETRISK = ApiInfo(
    name="symetrisk",
    title="Symetrisk",
    package="symetrisk_client",
    env_prefix="SYMETRISK",
    mock_port=4010,
)
BREVIO = ApiInfo(
    name="brevio",
    title="Brevio",
    package="brevio_client",
    env_prefix="BREVIO",
    mock_port=4011,
    version_header="Brevio-Version",
)

APIS: tuple[ApiInfo, ...] = (SYMETRISK, BREVIO)
BY_NAME: dict[str, ApiInfo] = {api.name: api for api in APIS}


def api_named(name: str) -> ApiInfo:
    try:
        return BY_NAME[name]
    except KeyError:
        raise LookupError(f"unknown API {name!r}; choose from {', '.join(BY_NAME)}") from None
