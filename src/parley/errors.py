"""Errors with codes, in the manner of spaCy's `E050`: a code a user can search for and a
message that names the input and the problem in one line."""
from __future__ import annotations


class ParleyError(Exception):
    """Base class. `str(err)` is the one line shown to the user."""

    code = "P000"

    def __init__(self, message: str, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(self.line())

    def line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(ParleyError):
    """An input that cannot be read as an article (skipped; the others go on)."""

    code = "P100"


class EmptyInput(InputError):
    code = "P101"


class BinaryInput(InputError):
    code = "P102"


class MalformedRecord(InputError):
    """A JSONL line or WARC record that is not what it should be."""

    code = "P103"


class TruncatedInput(InputError):
    code = "P104"


class UnreadableInput(InputError):
    code = "P105"


class StageError(ParleyError):
    """A stage was registered or ordered wrongly (a programming error, not bad input)."""

    code = "P200"


class CorpusStepError(ParleyError):
    """A corpus step (people, dating, linking, quote variants) failed on one article; the article
    is kept without that step's part and the run goes on."""

    code = "P610"

    @classmethod
    def about(cls, step: str, err: BaseException) -> "CorpusStepError":
        detail = " ".join(str(err).split())[:200]
        return cls(f"corpus step '{step}' failed on this article ({type(err).__name__}: {detail})")


class GoldError(ParleyError):
    code = "P300"


class StoreError(ParleyError):
    """The database cannot be opened, is not parley's, or is newer than this parley."""

    code = "P400"


class ModelMissing(ParleyError):
    """The spaCy model package is not installed."""

    code = "P500"
