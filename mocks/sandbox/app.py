"""The sandbox backend: one ASGI app serving both APIs with state, behind Prism.

Starlette (with uvicorn and python-multipart) because it is a small, well-kept ASGI toolkit with
nothing the sandbox does not use: routing, JSON and multipart parsing, and a server that runs in a
thread of the process that owns the sandbox. Request and response validation is not done here:
Prism, in front, checks every exchange against the spec, which is the point of the sandbox.

Each API is mounted under its name (`/symetrisk/...`, `/brevio/...`); its Prism proxies to that
prefix. Handlers are coroutines on one event loop and change state only between awaits, so no
locks are needed.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount

from mocks.sandbox.brevio import Brevio
from mocks.sandbox.common import json_response, optional_json_body
from mocks.sandbox.symetrisk import Symetrisk


class Sandbox:
    """The state of both APIs, and the ASGI app that serves it."""

    def __init__(self, seed: str = "finapi") -> None:
        self.seed = seed
        self.symetrisk = Symetrisk(seed)
        self.brevio = Brevio(seed)
        self.app = Starlette(
            routes=[
                Mount("/symetrisk", routes=self.symetrisk.routes(self._reset_symetrisk)),
                Mount("/brevio", routes=self.brevio.routes(self._reset_brevio)),
            ]
        )

    async def _seed_from(self, request: Request) -> str | Response:
        body = await optional_json_body(request)
        seed = body.get("seed", self.seed)
        if not isinstance(seed, str) or not seed:
            return JSONResponse({"message": "seed must be a non-empty string"}, 422)
        return seed

    async def _reset_symetrisk(self, request: Request) -> Response:
        seed = await self._seed_from(request)
        if isinstance(seed, Response):
            return seed
        self.symetrisk = Symetrisk(seed)
        self._remount()
        return json_response({"message": f"Symetrisk sandbox reset (seed {seed!r}).", "seed": seed})

    async def _reset_brevio(self, request: Request) -> Response:
        seed = await self._seed_from(request)
        if isinstance(seed, Response):
            return seed
        self.brevio = Brevio(seed)
        self._remount()
        return json_response({"message": f"Brevio sandbox reset (seed {seed!r}).", "seed": seed})

    def _remount(self) -> None:
        self.app.router.routes[:] = [
            Mount("/symetrisk", routes=self.symetrisk.routes(self._reset_symetrisk)),
            Mount("/brevio", routes=self.brevio.routes(self._reset_brevio)),
        ]
