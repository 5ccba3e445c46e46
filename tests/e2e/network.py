"""Count what a page really downloads, from Chromium's DevTools network events.

Used by the page-budget test and by ``bench/page_weight.py``. For each request
the page makes, Chromium reports whether it went to the network or was served
from its memory or disk cache, and how many bytes arrived over the network
(``encodedDataLength``: compressed body plus response headers). A request
served from the cache costs nothing and is not counted as a request.
"""

from dataclasses import dataclass, field


@dataclass
class Transfer:
    url: str
    bytes: int = 0
    status: int = 0
    cached: bool = False


@dataclass
class NetworkMeter:
    """Attach to a page; ``measure(action)`` returns what ``action`` downloaded."""

    page: object
    transfers: dict[str, Transfer] = field(default_factory=dict)

    def __post_init__(self):
        self.session = self.page.context.new_cdp_session(self.page)
        self.session.send("Network.enable")
        self.session.on("Network.requestWillBeSent", self._sent)
        self.session.on("Network.requestServedFromCache", self._from_cache)
        self.session.on("Network.responseReceived", self._received)
        self.session.on("Network.loadingFinished", self._finished)

    def _sent(self, event):
        request_id = event["requestId"]
        redirect = event.get("redirectResponse")
        if redirect is not None and request_id in self.transfers:
            # A redirect hop is a request of its own.
            hop = self.transfers.pop(request_id)
            hop.bytes = int(redirect.get("encodedDataLength", 0))
            hop.status = redirect.get("status", 0)
            self.transfers[f"{request_id}:{len(self.transfers)}"] = hop
        self.transfers[request_id] = Transfer(url=event["request"]["url"])

    def _from_cache(self, event):
        if event["requestId"] in self.transfers:
            self.transfers[event["requestId"]].cached = True

    def _received(self, event):
        transfer = self.transfers.get(event["requestId"])
        if transfer is None:
            return
        response = event["response"]
        transfer.status = response.get("status", 0)
        if response.get("fromDiskCache") or response.get("fromPrefetchCache"):
            transfer.cached = True

    def _finished(self, event):
        transfer = self.transfers.get(event["requestId"])
        if transfer is not None:
            transfer.bytes = int(event.get("encodedDataLength", 0))

    def measure(self, action, *, exclude=("/media/", "/documents/")) -> dict:
        """Run ``action()`` and return requests and bytes that went over the network."""
        self.transfers.clear()
        action()
        self.page.wait_for_load_state("networkidle")
        network = [
            t
            for t in self.transfers.values()
            if not t.cached
            and not t.url.startswith("data:")
            and not any(part in t.url for part in exclude)
        ]
        return {
            "requests": len(network),
            "bytes": sum(t.bytes for t in network),
            "files": sorted(
                (t.url.split("/", 3)[-1], t.status, t.bytes) for t in network
            ),
        }
