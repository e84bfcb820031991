"""The clients' machinery: the one call path every generated method and raw call goes through.

    validate (before the network and before any token request)
    -> build the request from the compiled facts
    -> token, attempts, backoff, 401 refresh-and-replay (`_core.send_flow`)
    -> a typed error for a non-2xx, or an `APIResponse` whose `parse()` gives the model

The generated `Symetrisk`/`AsyncSymetrisk`/`Brevio`/`AsyncBrevio` subclass `SyncAPIClient` or
`AsyncAPIClient` and add their resources (`generated/<api>_client/_client.py`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import httpx

from . import _http
from ._auth import TokenProvider
from ._config import Settings, resolve_settings
from ._contract import ApiContract, Operation
from ._core import Flow, run_async, run_sync, send_flow
from ._exceptions import APIResponseValidationError, decode_body, status_error_from_response
from ._logging import configure_from_env, logger
from ._response import APIResponse, model_parser
from ._retry import RetryPolicy
from ._serialize import (
    format_path,
    merge_query,
    query_pairs,
    request_content,
    wire_arguments,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._validation import RequestValidator

T = TypeVar("T")
DEFAULT_MAX_RETRIES = 2


@dataclass(frozen=True)
class _Shared:
    """What a client and its `with_options()` copies share."""

    contract: ApiContract
    settings: Settings
    tokens: TokenProvider
    validator: RequestValidator
    validate_requests: bool
    strict_response_validation: bool


@dataclass(frozen=True)
class _Prepared:
    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: dict[str, str]
    content: dict[str, Any]
    timeout: Timeout | NotGiven
    security: str


class BaseAPIClient:
    """Settings, validation, request building and the call flow, shared by sync and async."""

    _http: httpx.Client | httpx.AsyncClient
    _token_http: httpx.Client | httpx.AsyncClient | None
    _owns_http: bool  # False on with_options() copies: the token client is the original's

    def _setup(
        self,
        contract: ApiContract,
        *,
        client_id: str | None,
        client_secret: str | None,
        environment: str | None,
        scopes: Sequence[str] | None,
        token_url: str | None,
        api_version: str | None,
        max_retries: int,
        verify_checksums: bool | None,
    ) -> tuple[Settings, RetryPolicy]:
        configure_from_env()
        settings = resolve_settings(
            contract,
            client_id=client_id,
            client_secret=client_secret,
            environment=environment,
            token_url=token_url,
            scopes=scopes,
            verify_checksums=verify_checksums,
            api_version=api_version,
        )
        policy = RetryPolicy(max_retries=max_retries)
        self._policy = policy
        return settings, policy

    def _share(
        self,
        contract: ApiContract,
        settings: Settings,
        tokens: TokenProvider,
        *,
        validate_requests: bool,
        strict_response_validation: bool,
    ) -> None:
        self._shared = _Shared(
            contract=contract,
            settings=settings,
            tokens=tokens,
            validator=RequestValidator(contract, verify_checksums=settings.verify_checksums),
            validate_requests=validate_requests,
            strict_response_validation=strict_response_validation,
        )
        logger.debug(
            "Built %s client for %s (%s)",
            contract.api.title,
            settings.base_url,
            settings.environment,
        )

    @staticmethod
    def _default_headers(settings: Settings, extra: Mapping[str, str] | None) -> dict[str, str]:
        headers = {"User-Agent": _http.user_agent()}
        if settings.version_header is not None:
            name, value = settings.version_header
            headers[name] = value
        headers.update(extra or {})
        return headers

    def __repr__(self) -> str:
        settings = self._shared.settings
        return (
            f"{type(self).__name__}(environment={settings.environment!r}, "
            f"base_url={settings.base_url!r}, client_id={settings.client_id!r})"
        )

    # -- facts ---------------------------------------------------------------------------------

    @property
    def contract(self) -> ApiContract:
        """The spec facts this client was generated from (operations, servers, version)."""
        return self._shared.contract

    @property
    def base_url(self) -> str:
        return self._shared.settings.base_url

    @property
    def environment(self) -> str:
        """production, staging, mock or custom."""
        return self._shared.settings.environment

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    # -- the call path -------------------------------------------------------------------------

    def _prepare(
        self, operation: Operation, arguments: Mapping[str, object], options: RequestOptions
    ) -> _Prepared:
        """Everything up to the network; raises RequestValidationError for bad arguments."""
        wire = wire_arguments(operation, arguments)
        if self._shared.validate_requests:
            self._shared.validator.check(operation, wire)
        headers = {name: str(value) for name, value in wire.headers.items()}
        content = request_content(operation, wire, options)
        headers.update(content.pop("headers", {}))
        headers.update(options.extra_headers or {})
        # The token endpoint is an operation too (tag `auth`); it lives at the token URL, which
        # for Symetrisk production is another host (Cognito), not under the API's base URL.
        settings = self._shared.settings
        if operation.security == "client_basic":
            url = settings.token_url
        else:
            # Absolute: httpx parses a URL relative to its base_url twice (to read it, then to
            # join it), a third of a small call's overhead on top of raw httpx.
            url = settings.base_url + format_path(operation, wire.path)
        return _Prepared(
            method=operation.method,
            url=url,
            params=merge_query(query_pairs(operation, wire.query), options),
            headers=headers,
            content=content,
            timeout=options.timeout,
            security=operation.security,
        )

    def _prepare_raw(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: object,
        content: bytes | None,
        data: Mapping[str, Any] | None,
        files: Any,
        headers: Mapping[str, str] | None,
        timeout: Timeout | NotGiven,
    ) -> _Prepared:
        body: dict[str, Any] = {}
        if json is not None:
            body["json"] = json
        if content is not None:
            body["content"] = content
        if data is not None:
            body["data"] = data
        if files is not None:
            body["files"] = files
        pairs: list[tuple[str, str | int | float | bool | None]] = list(
            httpx.QueryParams(params or {}).multi_items()
        )
        return _Prepared(
            method=method.upper(),
            url=path,
            params=pairs,
            headers=dict(headers or {}),
            content=body,
            timeout=timeout,
            security="oauth2",
        )

    def _flow(self, prepared: _Prepared) -> Flow[httpx.Response]:
        """The network part of a call: attempts, then a typed error for a non-2xx response."""
        tokens = self._shared.tokens
        http = self._http

        def build(token: str | None) -> httpx.Request:
            extra: dict[str, Any] = {}
            if not isinstance(prepared.timeout, NotGiven):
                extra["timeout"] = prepared.timeout
            request = http.build_request(
                prepared.method,
                prepared.url,
                params=prepared.params or None,
                headers=prepared.headers,
                **prepared.content,
                **extra,
            )
            if token is not None:
                request.headers["Authorization"] = f"Bearer {token}"
            elif prepared.security == "client_basic":
                request.headers["Authorization"] = tokens.basic_authorization()
            return request

        sent = yield from send_flow(build, self._policy, bearer=prepared.security == "oauth2")
        if sent.response.is_error:
            raise status_error_from_response(
                sent.response, secrets=(*tokens.secrets(), sent.token or "")
            )
        return sent.response

    def _parser(
        self, operation: Operation, from_json: Callable[[Any], T]
    ) -> Callable[[APIResponse[Any]], T]:
        shared = self._shared
        return model_parser(
            operation, from_json, shared.validator, strict=shared.strict_response_validation
        )

    def _copy_with(self, *, max_retries: int | None) -> Self:
        """A copy sharing settings, token cache and validation (the caller gives it its own
        httpx client over the original's connections). Resources are per client: none is
        copied."""
        clone = copy.copy(self)
        clone.__dict__ = {
            key: value for key, value in self.__dict__.items() if not _is_resource(value)
        }
        if max_retries is not None:
            clone._policy = replace(self._policy, max_retries=max_retries)
        clone._owns_http = False
        return clone


def _cast(response: httpx.Response, cast_to: Callable[[Any], T]) -> T:
    """`cast_to` over a low-level call's JSON body. A body it cannot take is an
    `APIResponseValidationError`, as for the generated methods, never the raw KeyError or
    JSONDecodeError; the route may not be in the spec, so no pointer locates the field."""
    request = response.request
    name = f"{request.method} {request.url.path}"
    try:
        data = response.json()
    except ValueError as error:
        problem = f"the body is not JSON ({error})"
        raise APIResponseValidationError(
            operation_id=name,
            response=response,
            body=decode_body(response),
            pointer="",
            problem=problem,
        ) from None
    try:
        return cast_to(data)
    except Exception as error:  # anything a generated from_dict (or the caller's cast) raises
        raise APIResponseValidationError(
            operation_id=name,
            response=response,
            body=data,
            pointer="",
            problem=f"{type(error).__name__}: {error}",
        ) from error


def _is_resource(value: object) -> bool:
    from ._resource import AsyncResource, SyncResource

    return isinstance(value, SyncResource | AsyncResource)


class SyncAPIClient(BaseAPIClient):
    """A synchronous API client; use it as a context manager (or `close()` it)."""

    _http: httpx.Client
    _token_http: httpx.Client | None

    def __init__(
        self,
        contract: ApiContract,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        environment: str | None = None,
        scopes: Sequence[str] | None = None,
        token_url: str | None = None,
        api_version: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        verify_checksums: bool | None = None,
        validate_requests: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        settings, policy = self._setup(
            contract,
            client_id=client_id,
            client_secret=client_secret,
            environment=environment,
            scopes=scopes,
            token_url=token_url,
            api_version=api_version,
            max_retries=max_retries,
            verify_checksums=verify_checksums,
        )
        # The token endpoint is another host with none of the API's headers; on the user's
        # transport when they injected a client, so their proxy and TLS settings apply to it.
        self._token_http = _http.build_client(
            base_url="",
            headers={"User-Agent": _http.user_agent()},
            timeout=timeout,
            http_client=http_client,
            limits=_http.TOKEN_LIMITS,
        )
        self._http = _http.build_client(
            base_url=settings.base_url,
            headers=self._default_headers(settings, default_headers),
            timeout=timeout,
            http_client=http_client,
        )
        self._owns_http = True
        tokens = TokenProvider(
            token_url=settings.token_url,
            client_id=settings.client_id,
            client_secret=settings.client_secret,
            scopes=settings.scopes,
            policy=policy,
            http_client=self._token_http,
        )
        self._share(
            contract,
            settings,
            tokens,
            validate_requests=validate_requests,
            strict_response_validation=strict_response_validation,
        )

    # -- used by the generated resources -------------------------------------------------------

    def _send(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        options: RequestOptions,
        from_json: Callable[[Any], T],
    ) -> APIResponse[T]:
        prepared = self._prepare(operation, arguments, options)
        response = run_sync(self._flow(prepared), self._http, self._shared.tokens)
        return APIResponse(response, self._parser(operation, from_json))

    # -- low-level access ----------------------------------------------------------------------

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Callable[[Any], T],
        params: Mapping[str, Any] | None = ...,
        json: object = ...,
        content: bytes | None = ...,
        data: Mapping[str, Any] | None = ...,
        files: Any = ...,
        headers: Mapping[str, str] | None = ...,
        timeout: Timeout | NotGiven = ...,
    ) -> T: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: None = ...,
        params: Mapping[str, Any] | None = ...,
        json: object = ...,
        content: bytes | None = ...,
        data: Mapping[str, Any] | None = ...,
        files: Any = ...,
        headers: Mapping[str, str] | None = ...,
        timeout: Timeout | NotGiven = ...,
    ) -> httpx.Response: ...

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Callable[[Any], T] | None = None,
        params: Mapping[str, Any] | None = None,
        json: object = None,
        content: bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> T | httpx.Response:
        """Any request to this API, with the same token, retries, errors and logging.

        For routes the spec does not have (yet): `path` is relative to the base URL.
        `cast_to` turns the JSON body into a value, e.g. a generated model's `from_dict`;
        without it the `httpx.Response` (already read) is returned. No request validation.
        """
        prepared = self._prepare_raw(
            method,
            path,
            params=params,
            json=json,
            content=content,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
        )
        response = run_sync(self._flow(prepared), self._http, self._shared.tokens)
        return response if cast_to is None else _cast(response, cast_to)

    def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """GET `path` (relative to the base URL) through the client's layers."""
        return self.request("GET", path, params=params, headers=headers, timeout=timeout)

    def post(
        self,
        path: str,
        *,
        json: object = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """POST to `path` (relative to the base URL) through the client's layers."""
        return self.request(
            "POST",
            path,
            json=json,
            data=data,
            files=files,
            params=params,
            headers=headers,
            timeout=timeout,
        )

    # -- copies and lifetime -------------------------------------------------------------------

    def with_options(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A copy with other default headers, timeout or retries, for some calls.

            with symetrisk.with_options(timeout=5, max_retries=0) as quick:
                quick.status.get_ping()

        It shares this client's connections, token and validation, so no new token is fetched;
        closing it leaves this client open.
        """
        clone = self._copy_with(max_retries=max_retries)
        clone._http = _http.client_over(
            self._http,
            base_url=self._http.base_url,
            headers=headers or {},
            timeout=None if isinstance(timeout, NotGiven) else timeout,
        )
        if timeout is None:
            clone._http.timeout = httpx.Timeout(None)
        return clone

    def close(self) -> None:
        """Release the connections (of the token endpoint too); an injected client stays open."""
        self._http.close()
        if self._owns_http and self._token_http is not None:
            self._token_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(BaseAPIClient):
    """An asynchronous API client; use it with `async with` (or `await client.close()`)."""

    _http: httpx.AsyncClient
    _token_http: httpx.AsyncClient | None

    def __init__(
        self,
        contract: ApiContract,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        environment: str | None = None,
        scopes: Sequence[str] | None = None,
        token_url: str | None = None,
        api_version: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        verify_checksums: bool | None = None,
        validate_requests: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        settings, policy = self._setup(
            contract,
            client_id=client_id,
            client_secret=client_secret,
            environment=environment,
            scopes=scopes,
            token_url=token_url,
            api_version=api_version,
            max_retries=max_retries,
            verify_checksums=verify_checksums,
        )
        self._token_http = _http.build_async_client(
            base_url="",
            headers={"User-Agent": _http.user_agent()},
            timeout=timeout,
            http_client=http_client,
            limits=_http.TOKEN_LIMITS,
        )
        self._http = _http.build_async_client(
            base_url=settings.base_url,
            headers=self._default_headers(settings, default_headers),
            timeout=timeout,
            http_client=http_client,
        )
        self._owns_http = True
        tokens = TokenProvider(
            token_url=settings.token_url,
            client_id=settings.client_id,
            client_secret=settings.client_secret,
            scopes=settings.scopes,
            policy=policy,
            async_http_client=self._token_http,
        )
        self._share(
            contract,
            settings,
            tokens,
            validate_requests=validate_requests,
            strict_response_validation=strict_response_validation,
        )

    async def _send(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        options: RequestOptions,
        from_json: Callable[[Any], T],
    ) -> APIResponse[T]:
        prepared = self._prepare(operation, arguments, options)
        response = await run_async(self._flow(prepared), self._http, self._shared.tokens)
        return APIResponse(response, self._parser(operation, from_json))

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Callable[[Any], T],
        params: Mapping[str, Any] | None = ...,
        json: object = ...,
        content: bytes | None = ...,
        data: Mapping[str, Any] | None = ...,
        files: Any = ...,
        headers: Mapping[str, str] | None = ...,
        timeout: Timeout | NotGiven = ...,
    ) -> T: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: None = ...,
        params: Mapping[str, Any] | None = ...,
        json: object = ...,
        content: bytes | None = ...,
        data: Mapping[str, Any] | None = ...,
        files: Any = ...,
        headers: Mapping[str, str] | None = ...,
        timeout: Timeout | NotGiven = ...,
    ) -> httpx.Response: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Callable[[Any], T] | None = None,
        params: Mapping[str, Any] | None = None,
        json: object = None,
        content: bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> T | httpx.Response:
        """Async twin of `SyncAPIClient.request`."""
        prepared = self._prepare_raw(
            method,
            path,
            params=params,
            json=json,
            content=content,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
        )
        response = await run_async(self._flow(prepared), self._http, self._shared.tokens)
        return response if cast_to is None else _cast(response, cast_to)

    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """GET `path` (relative to the base URL) through the client's layers."""
        return await self.request("GET", path, params=params, headers=headers, timeout=timeout)

    async def post(
        self,
        path: str,
        *,
        json: object = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """POST to `path` (relative to the base URL) through the client's layers."""
        return await self.request(
            "POST",
            path,
            json=json,
            data=data,
            files=files,
            params=params,
            headers=headers,
            timeout=timeout,
        )

    def with_options(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """Async twin of `SyncAPIClient.with_options`."""
        clone = self._copy_with(max_retries=max_retries)
        clone._http = _http.async_client_over(
            self._http,
            base_url=self._http.base_url,
            headers=headers or {},
            timeout=None if isinstance(timeout, NotGiven) else timeout,
        )
        if timeout is None:
            clone._http.timeout = httpx.Timeout(None)
        return clone

    async def close(self) -> None:
        """Release the connections (of the token endpoint too); an injected client stays open."""
        await self._http.aclose()
        if self._owns_http and self._token_http is not None:
            await self._token_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
