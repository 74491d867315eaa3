"""Where the archive lives: the environment variable and the default, without loading SQLAlchemy
(the command line's help and the crawler's settings name them)."""
from __future__ import annotations

import os

DATABASE_URL_ENV = "ARCHIVE_DATABASE_URL"
DEFAULT_DATABASE_URL = "sqlite:///data/archive.db"


def database_url() -> str:
    return os.environ.get(DATABASE_URL_ENV) or DEFAULT_DATABASE_URL
