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
    """The folder holding the shipped lexicons (the source checkout's, else the installed copy).

    >>> (lexicon_dir() / "cues.yaml").exists()
    True
    """
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "lexicons", here / "data" / "lexicons"):
        if (cand / "cues.yaml").exists():
            return cand
    raise NarrativeError("cannot find the shipped lexicons folder; reinstall narrative")


def lexicon_file(name: str) -> Path:
    """``$NARRATIVE_LEXICONS/name`` when that file exists (a partial override), else the shipped one.

    >>> lexicon_file("speakers.yaml").name
    'speakers.yaml'
    """
    env = os.environ.get("NARRATIVE_LEXICONS")
    if env and (Path(env) / name).is_file():
        return Path(env) / name
    return lexicon_dir() / name


#: libyaml's parser when PyYAML was built with it (PyPI's wheels are): the same documents as
#: ``yaml.SafeLoader`` at a tenth of the time, which every worker pays at start.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str, folder: str | None = None) -> dict:
    """Parse a YAML file of the lexicons folder (or ``folder``), with errors naming file and line."""
    path = Path(folder) / name if folder else lexicon_file(name)
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER) or {}
    except FileNotFoundError:
        raise NarrativeError("file not found", path=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise NarrativeError(f"invalid YAML: {problem}", path=str(path), line=line) from None
