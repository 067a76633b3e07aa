"""One exception type for problems a user can fix: the CLI prints it as one line."""
import re


class NarrativeError(Exception):
    """An error in the user's input, reported as ``file:line: message`` without a traceback.

    >>> str(NarrativeError("bad pattern", path="frames.yaml", line=12))
    'frames.yaml:12: bad pattern'
    """

    def __init__(self, message, path=None, line=None):
        self.message, self.path, self.line = message, path, line
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(f"{where}{message}")


def csv_problem(exc: Exception) -> tuple[str, int | None]:
    """What a pandas CSV parser error says, without its prefix, and the file line it names.

    >>> csv_problem(ValueError("Error tokenizing data. C error: Expected 2 fields in line 3, saw 3\\n"))
    ('Expected 2 fields, saw 3', 3)
    >>> csv_problem(ValueError("Error tokenizing data. C error: EOF inside string starting at row 2"))
    ('a quote is never closed', 3)
    """
    message = str(exc).splitlines()[0].replace("Error tokenizing data. C error: ", "")
    at = re.search(r"\b(line|row) (\d+)", message)  # the C parser's "row" counts from 0, its "line" from 1
    line = int(at.group(2)) + (at.group(1) == "row") if at else None
    message = re.sub(r" (in line|starting at row) \d+", "", message).replace("EOF inside string", "a quote is never closed")
    return message, line
