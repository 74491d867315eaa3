"""The archive's one error type, apart from the modules that raise it: the migrations and the
connection code both raise it, and neither imports the other for it."""
from __future__ import annotations


class ArchiveError(Exception):
    """A problem with the archive database that the user can fix; its message is one readable line."""
