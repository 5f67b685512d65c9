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
        # names and messages may hold any character a file name or an article can: escaped
        where = f"{self.source}: " if self.source else ""
        return one_line(f"{where}{self.message} [{self.code}]")


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


class InputTooLarge(InputError):
    """Over a bound of `Options` (bytes per article, per file, blank lines in a row)."""

    code = "P106"


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


class InternalError(ParleyError):
    """A stage or a corpus step raised on one article: a defect in parley, not bad input.

    The article is kept with what the steps before it set; the run goes on and ends with
    `EXIT_INTERNAL`. `str(err)` is one line naming the article, the step and the error.
    """

    code = "P600"

    def __init__(self, step: str, error: BaseException, source: str | None = None,
                 at: str | None = None) -> None:
        self.step = step
        self.error_type = type(error).__name__
        detail = one_line(str(error), limit=300)
        where = f", at {at}" if at else ""
        super().__init__(f"internal error in step '{step}' ({self.error_type}: {detail}{where}); "
                         "the article is kept with what the steps before it found", source)


# exit statuses of `parley extract` and `parley ingest`
EXIT_OK = 0
EXIT_SKIPPED = 1  # some input could not be read (each named on stderr)
EXIT_USAGE = 2
EXIT_INTERNAL = 3  # a step raised on some article (each named on stderr); the record was written


def one_line(text: str, limit: int | None = None) -> str:
    """`text` as one line: line breaks and other control characters written as escapes
    (`\\n`, `\\x1b`), so a message can never forge a second line or drive a terminal."""
    out = text.translate(_ESCAPES)
    if limit is not None and len(out) > limit:
        out = out[: limit - 1] + "…"
    return out


def name_text(name: str) -> str:
    """A path or name as text that can be written anywhere (a JSON record, a database): the
    bytes of a file name that are not UTF-8 (Python's surrogate escapes) written as `\\xff`.
    Control characters stay (JSON escapes them); `one_line` escapes them for a terminal."""
    return name.translate(_SURROGATES)


def _escape_table() -> dict[int, str]:
    table: dict[int, str] = {}
    named = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
    # C0 and C1 controls, DEL, line/paragraph separators, and the bidirectional overrides and
    # isolates that can make a terminal show a name reversed
    codes = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F),
             *range(0x2066, 0x206A)]
    for c in codes:
        table[c] = named.get(c, f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}")
    # a file name that is not valid UTF-8 reaches Python as lone surrogates (surrogateescape):
    # shown as the bytes they stand for
    for c in range(0xDC80, 0xDD00):
        table[c] = f"\\x{c - 0xDC00:02x}"
    for c in (*range(0xD800, 0xDC80), *range(0xDD00, 0xE000)):
        table[c] = f"\\u{c:04x}"
    return table


_ESCAPES = _escape_table()
_SURROGATES = {c: text for c, text in _ESCAPES.items() if 0xD800 <= c < 0xE000}
