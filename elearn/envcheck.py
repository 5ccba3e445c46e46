"""Read connection URLs from the environment, failing with the variable's name.

A typo in ``DATABASE_URL`` must stop the process at start-up with a message an
operator can act on, not surface later as an obscure driver error.
"""

from django.core.exceptions import ImproperlyConfigured

KNOWN_DATABASE_ENGINES = {
    "django.db.backends.postgresql",
    "django.db.backends.sqlite3",
}


def env_database(env, var: str, default: str | None = None) -> dict:
    """Return a DATABASES entry parsed from ``var``; refuse a malformed URL."""
    raw = env.str(var, default=default) if default is not None else env.str(var)
    try:
        config = env.db_url_config(raw)
    except Exception as error:  # noqa: BLE001 - any parse error names the variable
        raise ImproperlyConfigured(
            f"{var} is malformed ({type(error).__name__}): expected e.g. "
            "postgres://user:password@host:5432/name"
        ) from None
    if config.get("ENGINE") not in KNOWN_DATABASE_ENGINES:
        raise ImproperlyConfigured(
            f"{var} has an unsupported scheme: use postgres:// (or sqlite:/// "
            "for development)."
        )
    if not config.get("NAME"):
        raise ImproperlyConfigured(f"{var} names no database.")
    if config["ENGINE"] == "django.db.backends.postgresql":
        port = config.get("PORT")
        if port not in ("", None) and not str(port).isdigit():
            raise ImproperlyConfigured(f"{var} has a port that is not a number.")
    return config
