"""One error family and one renderer: every error body is ``{"error": ..., "detail": ...}``."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException


class FoyerError(Exception):
    status_code = 400
    error = "bad_request"

    def __init__(self, detail: Any, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(str(detail))
        self.detail = detail
        self.headers = headers


class Unauthorized(FoyerError):
    status_code = 401
    error = "unauthorized"


class Forbidden(FoyerError):
    status_code = 403
    error = "forbidden"


class NotFound(FoyerError):
    status_code = 404
    error = "not_found"


class Conflict(FoyerError):
    status_code = 409
    error = "conflict"


class Unprocessable(FoyerError):
    status_code = 422
    error = "validation_error"


def _body(error: str, detail: Any) -> dict[str, Any]:
    return {"error": error, "detail": detail}


async def _foyer_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, FoyerError)
    return JSONResponse(_body(exc.error, exc.detail), exc.status_code, headers=exc.headers)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    detail = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
        for e in exc.errors()
    ]
    return JSONResponse(_body("validation_error", detail), 422)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    name = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse(_body(name, exc.detail), exc.status_code, headers=exc.headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(FoyerError, _foyer_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
