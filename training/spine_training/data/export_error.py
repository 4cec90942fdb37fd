"""One error type for malformed exports, always naming the file (and line/field where known)."""

from __future__ import annotations

from pathlib import Path


class ExportFormatError(ValueError):
    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
