"""Django's Redis cache, keeping one Redis client per connection pool.

Django's ``RedisCacheClient`` builds a new ``redis.Redis`` object for every
cache operation (``get_client``), and redis-py's constructor sets up its
response callbacks each time: about half a millisecond of CPU per ``get``,
which is more than the round trip to Redis. A page that reads the cache ten
times paid several milliseconds for it. The client object is thread-safe and
takes its connections from the pool, so one per pool serves every thread.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    """``CACHE_URL=redis://...`` selects this backend (``elearn.settings.base``)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient
