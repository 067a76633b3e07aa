"""One exception type for problems a user can fix: the CLI prints it as one line."""


class NarrativeError(Exception):
    """An error in the user's input, reported as ``file:line: message`` without a traceback.

    >>> str(NarrativeError("bad pattern", path="frames.yaml", line=12))
    'frames.yaml:12: bad pattern'
    """

    def __init__(self, message, path=None, line=None):
        self.message, self.path, self.line = message, path, line
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(f"{where}{message}")
