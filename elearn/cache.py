"""Django's Redis cache, made to survive Redis blinking, with one client per pool.

**Redis is a dependency that may blink.** Sessions are written through to the
database (``cached_db``), and everything else kept in this cache (page
fragments, the route cache, rate-limit counters, the beat heartbeat) can be
rebuilt or done without. So when Redis does not answer, an operation is
treated as a miss (``get`` returns the default, ``set`` stores nothing) and
logged, instead of turning every signed-in page into a 500. After a failure
the cache is skipped for ``RETRY_SECONDS`` so that a dead Redis costs each
request nothing, not a connection timeout per ``get``; then it is tried again.
The readiness check (``ops.checks.check_cache``) calls ``ping()``, which does
raise, so ``/health/ready/`` still reports the outage (503). While Redis is
down, allauth's rate limits count nothing: a lock-out of every user would be
worse than an unthrottled minute (docs/deploy.md, "When Redis is down").

**One client per pool.** Django's ``RedisCacheClient`` builds a new
``redis.Redis`` object for every cache operation (``get_client``), and
redis-py's constructor sets up its response callbacks each time: about half a
millisecond of CPU per ``get``, more than the round trip to Redis. The client
object is thread-safe and takes its connections from the pool, so one per pool
serves every thread.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("elearn.cache")

#: Seconds a failed Redis is left alone before it is tried again.
RETRY_SECONDS = 5.0
#: Socket timeouts (seconds) unless the cache's OPTIONS set them: a Redis that
#: hangs must not hold a page for redis-py's default of "forever".
DEFAULT_SOCKET_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1.0}

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class _Breaker:
    """Whether Redis is being skipped after a failure, shared by every thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._down_until = 0.0

    def open(self) -> bool:
        return time.monotonic() < self._down_until

    def trip(self, operation: str, error: Exception) -> None:
        with self._lock:
            first = self._down_until == 0.0
            self._down_until = time.monotonic() + RETRY_SECONDS
        if first:
            logger.warning(
                "cache unavailable (%s on %s): pages are served without it, "
                "retrying every %s s",
                type(error).__name__,
                operation,
                RETRY_SECONDS,
            )

    def reset(self) -> None:
        with self._lock:
            was_down = self._down_until != 0.0
            self._down_until = 0.0
        if was_down:
            logger.warning("cache available again")


def _tolerant(operation: str, missing):
    """Run the client's ``operation``; on an unreachable Redis return
    ``missing(*args, **kwargs)`` (what a miss would give) instead of raising."""
    method = getattr(RedisCacheClient, operation)

    def run(self, *args, **kwargs):
        if self.breaker.open():
            return missing(*args, **kwargs)
        try:
            result = method(self, *args, **kwargs)
        except UNREACHABLE as error:
            self.breaker.trip(operation, error)
            return missing(*args, **kwargs)
        if self.breaker._down_until:
            self.breaker.reset()
        return result

    run.__name__ = operation
    run.__doc__ = f"``{operation}``, or a miss when Redis does not answer."
    return run


def _key_not_found(key, *args, **kwargs):
    # What Django's cache raises for incr/decr of a key it does not hold.
    raise ValueError(f"Key '{key}' not found.")


class TolerantRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self.breaker = _Breaker()
        for option, value in DEFAULT_SOCKET_OPTIONS.items():
            self._pool_options.setdefault(option, value)

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client

    def ping(self) -> bool:
        """Ask Redis directly (raises when it does not answer)."""
        return self.get_client(write=True).ping()

    add = _tolerant("add", lambda *a, **k: False)
    get = _tolerant("get", lambda key, default: default)
    set = _tolerant("set", lambda *a, **k: None)
    touch = _tolerant("touch", lambda *a, **k: False)
    delete = _tolerant("delete", lambda *a, **k: False)
    get_many = _tolerant("get_many", lambda *a, **k: {})
    has_key = _tolerant("has_key", lambda *a, **k: False)
    incr = _tolerant("incr", _key_not_found)
    set_many = _tolerant("set_many", lambda data, *a, **k: list(data))
    delete_many = _tolerant("delete_many", lambda *a, **k: None)
    clear = _tolerant("clear", lambda *a, **k: False)


class RedisCache(DjangoRedisCache):
    """``CACHE_URL=redis://...`` selects this backend (``elearn.settings.base``)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = TolerantRedisCacheClient

    def ping(self) -> bool:
        """For the readiness check: raises when Redis does not answer."""
        return self._cache.ping()
