"""The ``narrative`` command line.

Each area of the toolkit registers its own sub-commands from a small
``cli_<area>.py`` module (``register(subparsers)``), so this file only wires
them together and turns user errors into one clear line on stderr.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from pathlib import Path

from .errors import NarrativeError

#: Modules with a ``register(subparsers)`` function, in the order shown by --help.
AREAS = ["cli_analyze", "cli_lexicon", "cli_model", "cli_compare", "cli_report"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrative",
        description="Who said what, how they framed it, and where they stand.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in AREAS:
        importlib.import_module(f"narrative.{name}").register(sub)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except NarrativeError as exc:
        print(f"narrative: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("narrative: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("narrative: out of memory; try fewer --jobs or a smaller corpus", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug, not bad input: one line, the traceback on request
        if os.environ.get("NARRATIVE_DEBUG"):
            traceback.print_exc()
        where = traceback.extract_tb(exc.__traceback__)[-1]
        print(f"narrative: internal error {type(exc).__name__}: {exc} "
              f"(at {Path(where.filename).name}:{where.lineno}; set NARRATIVE_DEBUG=1 for details)",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
