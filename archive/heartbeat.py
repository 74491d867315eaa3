"""How a running crawl shows it is alive: it writes its counts into its crawl_runs row every
HEARTBEAT_SECONDS (setting ARCHIVE_HEARTBEAT_SECONDS), pages or not. A `running` row untouched
for STALE_AFTER_SECONDS belongs to a process that died, on whatever machine it ran. Imports
nothing: the crawler's settings module reads it."""

HEARTBEAT_SECONDS = 60
# Ten missed heartbeats: a crawl stalled on a database outage (ARCHIVE_RETRY_SECONDS, 2 minutes by
# default) is still alive.
STALE_AFTER_SECONDS = 10 * HEARTBEAT_SECONDS
