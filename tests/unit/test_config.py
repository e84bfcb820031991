"""Configuration: arguments vs environment variables, environments, HTTPS, defaults."""

from __future__ import annotations

import finapi
import httpx
import pytest
from brevio_client._contract import CONTRACT as BREVIO
from finapi._config import resolve_settings
from finapi._contract import ApiContract
from symetrisk_client._contract import CONTRACT as SYMETRISK

from .fakes import SECRET, FakeApi

COGNITO_TOKEN_URL = "https://symetrisk.auth.eu-central-1.amazoncognito.com/oauth2/token"


def test_production_urls_come_from_the_spec() -> None:
    settings = resolve_settings(SYMETRISK, client_id="id", client_secret=SECRET)
    assert settings.environment == "production"
    assert (
        settings.base_url == SYMETRISK.servers["production"] == "https://api.symetrisk.com/api/v1"
    )
    assert settings.token_url == SYMETRISK.token_url == COGNITO_TOKEN_URL


def test_brevio_staging_comes_from_the_spec_servers() -> None:
    settings = resolve_settings(BREVIO, client_id="id", client_secret=SECRET, environment="staging")
    assert settings.base_url == "https://api-dev.brevio.com"
    # Same token path as production, on the staging origin.
    assert settings.token_url == "https://api-dev.brevio.com/v1/auth/token"


def test_symetrisk_has_no_staging() -> None:
    with pytest.raises(finapi.ConfigurationError, match="Symetrisk has no staging environment"):
        resolve_settings(SYMETRISK, client_id="id", client_secret=SECRET, environment="staging")


def test_mock_environment_defaults() -> None:
    symetrisk = resolve_settings(SYMETRISK, environment="mock")
    brevio = resolve_settings(BREVIO, environment="mock")
    assert symetrisk.base_url == "http://127.0.0.1:4010"
    assert symetrisk.token_url == "http://127.0.0.1:4010/oauth2/token"
    assert brevio.base_url == "http://127.0.0.1:4011"
    assert brevio.token_url == "http://127.0.0.1:4011/v1/auth/token"
    assert symetrisk.client_id
    assert symetrisk.client_secret.reveal()


def test_mock_url_is_overridable_by_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYMETRISK_ENVIRONMENT", "mock")
    monkeypatch.setenv("SYMETRISK_MOCK_URL", "http://localhost:9999")
    settings = resolve_settings(SYMETRISK)
    assert settings.base_url == "http://localhost:9999"
    assert settings.token_url == "http://localhost:9999/oauth2/token"


def test_credentials_and_environment_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BREVIO_CLIENT_ID", "env-id")
    monkeypatch.setenv("BREVIO_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("BREVIO_ENVIRONMENT", "staging")
    settings = resolve_settings(BREVIO)
    assert (settings.client_id, settings.client_secret.reveal()) == ("env-id", "env-secret")
    assert settings.environment == "staging"


def test_a_client_reads_its_configuration_from_env(
    monkeypatch: pytest.MonkeyPatch, fake: FakeApi
) -> None:
    monkeypatch.setenv("SYMETRISK_CLIENT_ID", "env-id")
    monkeypatch.setenv("SYMETRISK_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("SYMETRISK_ENVIRONMENT", "https://proxy.example.com/symetrisk")
    fake.json_route("GET", "/symetrisk/ping", {"message": "pong"})
    client = finapi.Symetrisk(http_client=fake.http())
    assert (client.environment, client.base_url) == (
        "custom",
        "https://proxy.example.com/symetrisk",
    )
    assert client.status.get_ping().message == "pong"
    (token_request,) = fake.token_requests
    assert str(token_request.url) == "https://proxy.example.com/oauth2/token"
    assert token_request.headers["authorization"] == "Basic ZW52LWlkOmVudi1zZWNyZXQ="


def test_arguments_win_over_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYMETRISK_CLIENT_ID", "env-id")
    monkeypatch.setenv("SYMETRISK_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("SYMETRISK_ENVIRONMENT", "mock")
    settings = resolve_settings(
        SYMETRISK, client_id="arg-id", client_secret=SECRET, environment="production"
    )
    assert (settings.client_id, settings.client_secret.reveal()) == ("arg-id", SECRET)
    assert settings.environment == "production"


def test_missing_credentials_name_the_variables() -> None:
    with pytest.raises(finapi.ConfigurationError) as caught:
        resolve_settings(SYMETRISK)
    assert "SYMETRISK_CLIENT_ID" in str(caught.value)
    assert "SYMETRISK_CLIENT_SECRET" in str(caught.value)


def test_missing_secret_only_names_the_secret_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BREVIO_CLIENT_ID", "id")
    with pytest.raises(finapi.ConfigurationError, match="BREVIO_CLIENT_SECRET") as caught:
        finapi.Brevio()
    assert "BREVIO_CLIENT_ID" not in str(caught.value)


def test_unknown_environment_is_explained() -> None:
    with pytest.raises(finapi.ConfigurationError, match="expected production, staging, mock"):
        resolve_settings(SYMETRISK, client_id="i", client_secret=SECRET, environment="prod")


def test_explicit_base_url() -> None:
    settings = resolve_settings(
        BREVIO, client_id="i", client_secret=SECRET, environment="https://proxy.example.com/brevio/"
    )
    assert settings.environment == "custom"
    assert settings.base_url == "https://proxy.example.com/brevio"
    assert settings.token_url == "https://proxy.example.com/v1/auth/token"


@pytest.mark.parametrize(
    "url", ["https://api.symetrisk.com/api/v1", "https://api.symetrisk.com/api/v1/"]
)
def test_a_spec_server_given_as_url_is_that_environment(url: str) -> None:
    """Symetrisk's production token URL is on Cognito, not on the API's own origin."""
    settings = resolve_settings(SYMETRISK, client_id="id", client_secret=SECRET, environment=url)
    assert settings.environment == "production"
    assert settings.token_url == COGNITO_TOKEN_URL
    assert settings.verify_checksums


def test_brevio_staging_given_as_url_is_staging() -> None:
    settings = resolve_settings(
        BREVIO, client_id="id", client_secret=SECRET, environment="https://api-dev.brevio.com"
    )
    assert settings.environment == "staging"
    assert not settings.verify_checksums  # staging test numbers fail the check digits


def test_token_url_argument_wins() -> None:
    settings = resolve_settings(
        SYMETRISK,
        environment="mock",
        token_url="http://127.0.0.1:5000/custom/token",
    )
    assert settings.token_url == "http://127.0.0.1:5000/custom/token"


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://127.8.9.10", "http://[::1]:4010", "http://localhost:1"]
)
def test_plain_http_allowed_for_loopback(url: str) -> None:
    settings = resolve_settings(SYMETRISK, client_id="i", client_secret=SECRET, environment=url)
    assert settings.base_url == url


def test_https_required_for_other_hosts() -> None:
    with pytest.raises(finapi.ConfigurationError, match="must use https://"):
        resolve_settings(
            SYMETRISK, client_id="i", client_secret=SECRET, environment="http://api.example.com"
        )


def test_https_required_for_a_client_s_base_url() -> None:
    with pytest.raises(finapi.ConfigurationError, match=r"base URL .* must use https://"):
        finapi.Brevio(client_id="i", client_secret=SECRET, environment="http://api.example.com")


def test_https_required_for_token_url() -> None:
    with pytest.raises(finapi.ConfigurationError, match=r"token URL .* must use https://"):
        finapi.Symetrisk(
            client_id="i",
            client_secret=SECRET,
            token_url="http://cognito.example.com/oauth2/token",
        )


@pytest.mark.parametrize(
    ("contract", "environment", "expected"),
    [
        (SYMETRISK, "production", True),
        (BREVIO, "production", True),
        (BREVIO, "staging", False),
        (SYMETRISK, "mock", False),
        (BREVIO, "https://proxy.example.com", True),
        (BREVIO, "http://127.0.0.1:4999", False),
    ],
)
def test_checksum_default_per_environment(
    contract: ApiContract, environment: str, expected: bool
) -> None:
    settings = resolve_settings(
        contract, client_id="i", client_secret=SECRET, environment=environment
    )
    assert settings.verify_checksums is expected


@pytest.mark.parametrize(("environment", "refused"), [("production", True), ("staging", False)])
def test_checksum_default_reaches_the_client(
    fake: FakeApi, environment: str, refused: bool
) -> None:
    """Staging's test number 999999998 fails the check digit: refused only on production."""
    fake.json_route("GET", "/v1/confirm/audit-requests/", [])
    client = fake.brevio(environment=environment)
    listing = client.confirm.list_audit_requests(vat_no="999999998", country="no")
    if refused:
        with pytest.raises(finapi.RequestValidationError, match="check digit"):
            list(listing)
    else:
        assert list(listing) == []


def test_checksum_option_overrides_the_default() -> None:
    settings = resolve_settings(
        BREVIO, client_id="i", client_secret=SECRET, environment="staging", verify_checksums=True
    )
    assert settings.verify_checksums is True


def test_brevio_version_pinned_to_spec_and_overridable() -> None:
    assert BREVIO.api_version == "2025-04-15"
    assert resolve_settings(BREVIO, environment="mock").version_header == (
        "Brevio-Version",
        BREVIO.api_version,
    )
    overridden = resolve_settings(BREVIO, environment="mock", api_version="2024-11-30")
    assert overridden.version_header == ("Brevio-Version", "2024-11-30")
    assert resolve_settings(SYMETRISK, environment="mock").version_header is None


@pytest.mark.parametrize("version", ["15.04.2025", "latest", "2024-13-01", "20250415"])
def test_a_brevio_version_must_be_a_date(version: str) -> None:
    with pytest.raises(finapi.ConfigurationError, match="is not a date"):
        resolve_settings(BREVIO, environment="mock", api_version=version)


def test_settings_repr_hides_the_secret() -> None:
    settings = resolve_settings(SYMETRISK, client_id="id", client_secret=SECRET)
    assert SECRET not in repr(settings)
    assert SECRET not in str(settings)
    assert SECRET not in str(settings.client_secret)


def test_client_repr_hides_the_secret() -> None:
    client = finapi.Symetrisk(client_id="id", client_secret=SECRET)
    assert SECRET not in repr(client)
    assert "production" in repr(client)
    client.close()


def test_default_timeouts() -> None:
    with finapi.Symetrisk(environment="mock") as client:
        assert client._http.timeout.connect == 5.0
        assert client._http.timeout.read == 60.0


def test_timeout_argument_reaches_every_request(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk(timeout=httpx.Timeout(3.0, connect=1.0))
    client.status.get_ping()
    assert fake.requests[0].extensions["timeout"] == {
        "connect": 1.0,
        "read": 3.0,
        "write": 3.0,
        "pool": 3.0,
    }
    assert fake.token_requests[0].extensions["timeout"]["read"] == 3.0
    client.status.get_ping(timeout=7.5)  # per call
    assert fake.requests[1].extensions["timeout"]["read"] == 7.5


def test_negative_max_retries_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        finapi.Symetrisk(environment="mock", max_retries=-1)
