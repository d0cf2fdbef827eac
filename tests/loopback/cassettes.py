"""Read recorded HTTP interactions from vcrpy (YAML) and betamax (JSON) cassettes."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Interaction:
    method: str
    uri: str
    status: int
    body: bytes  # decompressed

    def json(self) -> Any:
        return json.loads(self.body)


def _vcr_body(raw: Any) -> bytes:
    data = raw.encode() if isinstance(raw, str) else bytes(raw or b"")
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def vcr_interactions(path: Path) -> list[Interaction]:
    """Interactions of a vcrpy YAML cassette (bodies gunzipped when compressed)."""
    cassette = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Interaction(
            item["request"]["method"],
            item["request"]["uri"],
            int(item["response"]["status"]["code"]),
            _vcr_body(item["response"]["body"]["string"]),
        )
        for item in cassette["interactions"]
    ]


def betamax_interactions(path: Path) -> list[Interaction]:
    """Interactions of a betamax JSON cassette (praw's format)."""
    cassette = json.loads(path.read_text(encoding="utf-8"))
    return [
        Interaction(
            item["request"]["method"],
            item["request"]["uri"],
            int(item["response"]["status"]["code"]),
            item["response"]["body"]["string"].encode(),
        )
        for item in cassette["interactions"]
    ]


def body_of(interactions: list[Interaction], path_fragment: str) -> Any:
    """The JSON body of the first interaction whose URI contains `path_fragment`."""
    for interaction in interactions:
        if path_fragment in interaction.uri:
            return interaction.json()
    raise LookupError(f"no recorded interaction for {path_fragment}")
