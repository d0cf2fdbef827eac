"""Request logging without personal data: method, route path and status, never the query
string (it can carry names and emails) nor headers (they carry API keys)."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

log = logging.getLogger("foyer.access")


def install_access_log(app: FastAPI) -> None:
    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.info(
            "%s %s %s %.1fms", request.method, request.url.path, response.status_code, elapsed_ms
        )
        return response
