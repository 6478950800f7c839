"""The project's exceptions: one small hierarchy so the CLI and the web app turn every
user-facing failure into one clear line, in one place."""


class KgError(Exception):
    """Base class: a failure the user can act on (bad input, missing store, bad query)."""


class ReadError(KgError):
    """A file could not be read as a paper (unknown type, empty, binary, encrypted, too big)."""


class ExtractionError(KgError):
    """Extraction could not run (e.g. the spaCy model is missing)."""


class StoreError(KgError):
    """The RDF store could not be opened or written (locked by another process, corrupt)."""


class QueryError(KgError):
    """A SPARQL query is malformed, was refused (update on a read-only endpoint) or hit a limit."""


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""
