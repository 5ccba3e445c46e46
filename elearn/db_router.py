"""Database routing for a read replica.

Only reports and exports read from the replica, and only where the code says
so with ``.using(reporting_db())``: everything else reads and writes the
primary, so a learner never sees replication lag on their own answers.
"""

from django.conf import settings
from django.db import connections


def reporting_db() -> str:
    """Return the database alias reports and exports read from."""
    alias = getattr(settings, "REPORTING_DATABASE", "default")
    return alias if alias in connections.databases else "default"


class ReplicaRouter:
    """Keep the primary as the default and never migrate the replica."""

    replica_alias = "replica"

    def db_for_read(self, model, **hints):
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        aliases = {"default", self.replica_alias}
        if obj1._state.db in aliases and obj2._state.db in aliases:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if db == self.replica_alias:
            return False
        return None
