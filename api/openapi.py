"""The OpenAPI document says what the API really answers: every error body is
``{"error": ..., "detail": ...}``, and authenticated routes document 401 and 403."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, Field

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


class ErrorBody(BaseModel):
    error: str = Field(description="A stable code: unauthorized, forbidden, not_found, ...")
    detail: Any = Field(description="Why, for a person; a list of problems for validation errors")


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ERROR_REF}}}


def _document_errors(path: str, operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    if "422" in responses or operation.get("parameters") or operation.get("requestBody"):
        responses["422"] = _error("The request is not valid; detail says what and where.")
    if path.startswith("/api/"):
        responses["401"] = _error("No API key, or one not recognised.")
        responses["403"] = _error("The API key lacks the route's scope.")
    if "{" in path:
        responses["404"] = _error("No such record.")


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                _document_errors(path, operation)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ErrorBody"] = ErrorBody.model_json_schema()
        for unused in ("HTTPValidationError", "ValidationError"):
            components.pop(unused, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
