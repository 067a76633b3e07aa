"""Where the shipped data lives: ``lexicons/`` (cues, speakers, boilerplate, frames).

The folder is found from ``$NARRATIVE_LEXICONS``, the source checkout, or the
copy installed as package data, in that order.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import NarrativeError


def lexicon_dir() -> Path:
    """The folder holding the shipped lexicons.

    >>> (lexicon_dir() / "cues.yaml").exists()
    True
    """
    env = os.environ.get("NARRATIVE_LEXICONS")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "lexicons", here / "data" / "lexicons"]
    for cand in candidates:
        if (cand / "cues.yaml").exists():
            return cand
    raise NarrativeError("cannot find the lexicons folder; set NARRATIVE_LEXICONS")


@lru_cache(maxsize=None)
def load_yaml(name: str, folder: str | None = None) -> dict:
    """Parse a YAML file of the lexicons folder (or ``folder``), with errors naming file and line."""
    path = Path(folder or lexicon_dir()) / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise NarrativeError("file not found", path=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise NarrativeError(f"invalid YAML: {problem}", path=str(path), line=line) from None
