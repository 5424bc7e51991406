"""Reading a live OOAPI endpoint page by page (httpx): the network edge of the OOAPI import.

Every page is read into memory and parsed before anything is imported, so an interrupted or
failed fetch leaves nothing half-written. Safety first, because the endpoint is a stranger's:
https only (``insecure_http`` allows plain http, for a test server or an intranet), a redirect to
plain http is refused, a timeout on every request and a deadline on every page (a page that never
ends), a size cap per page and in total, a cap on the number of pages, retries with exponential
back-off on 429 and 5xx (``Retry-After`` honoured up to a limit) and on dropped connections. A
bearer token or API key comes from an environment variable, never from the command line, and no
message or log line contains it (query parameters that look like keys are masked as well).
"""

from __future__ import annotations

import json
import logging
import os
import re
import ssl
import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planner.errors import LeerrouteError

if TYPE_CHECKING:  # httpx is imported when an endpoint is read, not when the command line starts
    import httpx

#: the environment variables read for credentials (their names can be changed, never their values given)
TOKEN_ENV = "LEERROUTE_OOAPI_TOKEN"
API_KEY_ENV = "LEERROUTE_OOAPI_API_KEY"
_SECRET_PARAM = re.compile(r"(key|token|secret|password|passwd|auth|signature|sig)", re.IGNORECASE)


class FetchError(LeerrouteError):
    """The endpoint could not be read: which address, what happened, and what to do."""


@dataclass(frozen=True)
class FetchOptions:
    """Limits and credentials for reading an endpoint."""

    timeout: float = 30.0  # seconds to connect, and between bytes of a response
    page_deadline: float = 120.0  # seconds for a whole page (a server that trickles forever)
    retries: int = 4  # attempts after the first, on 429, 5xx, timeouts and dropped connections
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_wait: float = 60.0  # the longest wait honoured from a Retry-After header
    max_page_bytes: int = 16 * 1024 * 1024
    max_total_bytes: int = 512 * 1024 * 1024
    max_pages: int = 5000
    page_size: int | None = None  # ask for this many items a page (OOAPI's pageSize); None leaves it to the server
    insecure_http: bool = False
    token_env: str = TOKEN_ENV
    api_key_env: str = API_KEY_ENV
    api_key_header: str = "X-API-Key"
    max_redirects: int = 5
    ca_bundle: str | None = None  # a file of CA certificates (an intranet's own); None trusts the system's


@dataclass
class Progress:
    """How far the fetch is: pages and items read, bytes, the endpoint and its page count when known."""

    url: str
    pages: int = 0
    items: int = 0
    bytes: int = 0
    total_pages: int | None = None


def shown(url: str) -> str:
    """The address as shown in messages and reports: query parameters that look like secrets masked."""
    parts = urllib.parse.urlsplit(url)
    if not parts.query:
        return url
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    masked = [(k, "***" if _SECRET_PARAM.search(k) else v) for k, v in query]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(masked, safe="*")))


def _headers(opts: FetchOptions, env: Mapping[str, str]) -> dict[str, str]:
    headers = {"Accept": "application/json", "User-Agent": "Leerroute OOAPI import"}
    token = env.get(opts.token_env, "").strip()
    key = env.get(opts.api_key_env, "").strip()
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if key:
        headers[opts.api_key_header] = key
    return headers


def _check_scheme(url: str, opts: FetchOptions, origin: str | None = None) -> None:
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme == "https" or (scheme == "http" and opts.insecure_http):
        return
    where = f"{shown(origin)}: the redirect to {shown(url)}" if origin else f"{shown(url)}: the address"
    if scheme == "http":
        raise FetchError(f"{where} uses plain http, which anyone on the way can read and change; "
                         "use https, or --insecure-http for a test server")
    raise FetchError(f"{where} is not an http(s) address")


def _with_page(url: str, page: int, size: int | None) -> str:
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
             if k not in ("pageNumber", "pageSize" if size else "")]
    query.append(("pageNumber", str(page)))
    if size:
        query.append(("pageSize", str(size)))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


class _Retry(Exception):
    def __init__(self, why: str, wait: float | None = None) -> None:
        super().__init__(why)
        self.why, self.wait = why, wait


def _read_body(response: httpx.Response, url: str, opts: FetchOptions, budget: int) -> bytes:
    deadline = time.monotonic() + opts.page_deadline
    limit = min(opts.max_page_bytes, budget)
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(_too_big(url, int(declared), opts, budget))
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(_too_big(url, size, opts, budget))
        if time.monotonic() > deadline:
            raise FetchError(f"{shown(url)}: the page did not end within {opts.page_deadline:g} seconds "
                             f"({size:,} bytes so far); the server may be overloaded — try again later")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, size: int, opts: FetchOptions, budget: int) -> str:
    if budget < opts.max_page_bytes:
        return (f"{shown(url)}: the pages together are more than {opts.max_total_bytes // 2**20} MB; "
                "import the endpoint in parts (one --url per kind of item)")
    return (f"{shown(url)}: the page is more than {opts.max_page_bytes // 2**20} MB ({size:,} bytes read); "
            "ask for smaller pages (pageSize)")


def _get(client: httpx.Client, url: str, opts: FetchOptions, budget: int) -> tuple[bytes, str]:
    """One page's bytes (redirects followed only to https), or _Retry / FetchError."""
    import httpx

    current = url
    for _ in range(opts.max_redirects + 1):
        try:
            with client.stream("GET", current) as response:
                if response.is_redirect:
                    target = urllib.parse.urljoin(current, response.headers.get("location", ""))
                    _check_scheme(target, opts, origin=current)
                    current = target
                    continue
                status = response.status_code
                if status == 429 or status >= 500:
                    after = response.headers.get("retry-after", "")
                    raise _Retry(f"the server answered {status} {response.reason_phrase}",
                                 float(after) if after.replace(".", "", 1).isdigit() else None)
                if status in (401, 403):
                    raise FetchError(f"{shown(current)}: the server refused access ({status}); set a token in "
                                     f"{opts.token_env} or an API key in {opts.api_key_env}")
                if status >= 400:
                    raise FetchError(f"{shown(current)}: the server answered {status} {response.reason_phrase}")
                return _read_body(response, current, opts, budget), current
        except httpx.TimeoutException:
            raise _Retry(f"no answer within {opts.timeout:g} seconds") from None
        except (httpx.TransportError, httpx.DecodingError) as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                raise FetchError(f"{shown(current)}: the server's certificate is not trusted; if it is your "
                                 "intranet's own, give its CA certificates with --ca-bundle") from None
            raise _Retry(f"the connection failed ({type(exc).__name__})") from None
    raise FetchError(f"{shown(url)}: more than {opts.max_redirects} redirects")


def _page(client: httpx.Client, url: str, opts: FetchOptions, budget: int,
          sleep: Callable[[float], None]) -> tuple[Any, int]:
    """A page parsed as JSON, with its size; retried with back-off; FetchError when it cannot be had."""
    wait = opts.backoff
    for attempt in range(opts.retries + 1):
        try:
            raw, final = _get(client, url, opts, budget)
            try:
                return json.loads(raw.decode("utf-8-sig")), len(raw)
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
                raise _Retry(f"the page is not valid JSON ({exc})") from None
        except _Retry as r:
            if attempt == opts.retries:
                raise FetchError(f"{shown(url)}: {r.why}; gave up after {attempt + 1} tries") from None
            sleep(min(opts.max_wait, r.wait if r.wait is not None else wait))
            wait *= 2
    raise AssertionError("unreachable")  # pragma: no cover


def fetch_pages(
    urls: Iterable[str], opts: FetchOptions | None = None, *, progress: Callable[[Progress], None] | None = None,
    env: Mapping[str, str] | None = None, transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[tuple[str, Any]]:
    """Every page of every endpoint, as (address shown in the report, parsed JSON).

    Follows OOAPI paging (``hasNextPage`` → the next ``pageNumber``). Raises :class:`FetchError`
    with the address and what to do; KeyboardInterrupt passes through with nothing kept.
    """
    import httpx

    for name in ("httpx", "httpcore"):  # their request logs would carry addresses (and any key in one) to the log file
        if logging.getLogger(name).getEffectiveLevel() < logging.WARNING:
            logging.getLogger(name).setLevel(logging.WARNING)
    opts = opts or FetchOptions()
    env = os.environ if env is None else env
    urls = list(urls)
    for url in urls:
        _check_scheme(url, opts)
    out: list[tuple[str, Any]] = []
    total = pages = 0
    timeout = httpx.Timeout(opts.timeout)
    verify: ssl.SSLContext | bool = True
    if opts.ca_bundle:
        try:
            verify = ssl.create_default_context(cafile=opts.ca_bundle)
        except (OSError, ssl.SSLError) as exc:
            raise FetchError(f"{opts.ca_bundle}: cannot read the CA certificates ({exc})") from None
    with httpx.Client(headers=_headers(opts, env), timeout=timeout, follow_redirects=False, verify=verify,
                      transport=transport, trust_env=False) as client:
        for base in urls:
            state = Progress(shown(base))
            number, url = 1, base if opts.page_size is None else _with_page(base, 1, opts.page_size)
            while True:
                if pages >= opts.max_pages:
                    raise FetchError(f"{shown(base)}: more than {opts.max_pages} pages; import the endpoint in parts")
                data, size = _page(client, url, opts, opts.max_total_bytes - total, sleep)
                total += size
                pages += 1
                out.append((shown(url), data))
                state.pages += 1
                state.bytes += size
                paged = isinstance(data, Mapping) and isinstance(data.get("items"), list)
                state.items += len(data["items"]) if paged else len(data) if isinstance(data, list) else 1
                if paged and isinstance(data.get("totalPages"), int):
                    state.total_pages = data["totalPages"]
                if progress:
                    progress(state)
                if not (paged and data.get("hasNextPage") is True):
                    break
                current = data.get("pageNumber")
                number = (current if isinstance(current, int) and current >= number else number) + 1
                url = _with_page(base, number, opts.page_size)
    return out
