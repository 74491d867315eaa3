"""What a user means by `--source NAME`: a source's domain, its name or its registry key, in Core,
for the ORM commands and the Core ones alike."""
from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from sqlalchemy import Select, or_, select

from archive.tables import sources

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# How many near names an unknown --source is answered with.
CLOSEST_SOURCES = 3


def sources_named(name: str) -> Select[tuple[int]]:
    """The ids of the sources a user means by NAME: a domain (stored lower case), a site's name, or
    a source registry key (`mee`, which may cover several domains)."""
    return select(sources.c.id).where(or_(sources.c.domain == name.lower(), sources.c.name == name,
                                          sources.c.registry_name == name))


def unknown_source(reader: Connection | Session, name: str) -> str | None:
    """None when NAME names a source; else one line saying so, with the closest domains and names."""
    if reader.scalar(sources_named(name).limit(1)) is not None:
        return None
    known = sorted({value for row in reader.execute(select(sources.c.domain, sources.c.name, sources.c.registry_name))
                    for value in row if value})
    # A part of a domain or a name ("mee" for www.mee.gov.cn) first, then the most alike.
    containing = [value for value in known if name.lower() in value.lower()]
    closest = list(dict.fromkeys([*containing, *difflib.get_close_matches(name, known, n=CLOSEST_SOURCES)]))
    hint = (f"; closest: {', '.join(closest[:CLOSEST_SOURCES])}" if closest
            else "" if known else "; the archive has no sources yet")
    return f"no source {name!r} in the archive (a domain, a name or a registry name){hint}"
