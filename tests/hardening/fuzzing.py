"""What the loader fuzz tests share: the hypothesis profiles, a per-case time limit, the property
every loader must keep (load or refuse with the project's error, never anything else), and
strategies for hostile values and for mutating valid files.

Profiles: "ci" (default, a few dozen cases per test, for every test run) and "long" (10,000 cases
per test): `HYPOTHESIS_PROFILE=long pytest tests/hardening -k fuzz` or `python bench/fuzz_long.py`.
The profile is applied per test (`@FUZZ`), never loaded globally, so other tests keep theirs.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from core.checks.errors import BackpropStudioError

PROFILES = {
    "ci": {"max_examples": 60},
    "long": {"max_examples": 10_000},
}
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
FUZZ = settings(
    max_examples=PROFILES.get(PROFILE, PROFILES["ci"])["max_examples"],
    deadline=None,  # a loaded CI machine makes wall-clock deadlines flaky; CASE_SECONDS catches hangs
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large, HealthCheck.filter_too_much],
    database=None if PROFILE == "ci" else settings.default.database,
    derandomize=PROFILE == "ci",  # CI runs the same cases every time: reproducible, never flaky
)
CASE_SECONDS = 10.0  # generous: a loaded 2-core machine; a real hang runs for ever


class CaseTimeout(BaseException):
    """Raised inside a case that runs longer than CASE_SECONDS (not an Exception: never swallowed)."""


@contextlib.contextmanager
def time_limit(seconds: float = CASE_SECONDS):
    """Abort the block with CaseTimeout after `seconds` (SIGALRM; a no-op where there is none)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(_signum, _frame):
        raise CaseTimeout(f"a loader ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load_or_refuse(load, path, **kwargs):
    """`load(path)` -> its result, or None if refused with a BackpropStudioError with a message.

    Any other exception (or a hang) propagates, and hypothesis reports the smallest such file.
    """
    with time_limit():
        try:
            return load(path, **kwargs)
        except BackpropStudioError as exc:
            assert str(exc).strip(), f"{type(exc).__name__} without a message"
            return None


# ---- hostile values ----
HUGE_INTS = st.sampled_from([2**63, -(2**63) - 1, 10**400, 2**31, -1, 0, 10**9])
# Written into JSON text as raw tokens: Python cannot even repr an int of 5000 digits by default.
HOSTILE_TOKENS = st.sampled_from([b"1" * 5000, b"1e400", b"-1e400", b"NaN", b"Infinity", b"1e-400",
                                  b"[" * 100_000, b"{\"a\":" * 50_000, b"\"\\ud800\"", b"\xff\xfe"])
SPECIAL_FLOATS = st.sampled_from([float("nan"), float("inf"), float("-inf"), 1e308, -1e308,
                                  5e-324, -0.0, 1e300, 0.5])


def deep(depth: int, kind: str) -> object:
    """A list or object nested `depth` levels deep (built without recursion)."""
    value: object = 1
    for _ in range(depth):
        value = [value] if kind == "list" else {"a": value}
    return value


JSON_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), HUGE_INTS, st.floats(), SPECIAL_FLOATS,
    st.text(max_size=20), st.sampled_from(["", "sigmoid", "softmax", "sse", "cross_entropy",
                                           "standardise", "\x00", "é" * 50]),
)
JSON_VALUES = st.one_of(
    JSON_LEAVES,
    st.recursive(JSON_LEAVES, lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=8), inner, max_size=5)),
        max_leaves=12),
    st.builds(deep, st.sampled_from([50, 900]), st.sampled_from(["list", "dict"])),
    st.lists(st.lists(st.floats(), min_size=1, max_size=4), min_size=1, max_size=4),
    st.integers(0, 5000).map(lambda n: [0.0] * n),
)


def mutate_tree(data, doc):
    """Replace, delete or insert at one random place in a parsed JSON document (a fresh copy)."""
    doc = json.loads(json.dumps(doc))
    if not isinstance(doc, (dict, list)) or not doc:
        return data.draw(JSON_VALUES)
    parent, node = None, doc
    key = None
    while isinstance(node, (dict, list)) and node:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = data.draw(st.sampled_from(keys))
        parent, node = node, node[key]
        if not data.draw(st.booleans()):
            break
    action = data.draw(st.sampled_from(["replace", "replace", "replace", "delete", "insert"]))
    if action == "replace":
        parent[key] = data.draw(JSON_VALUES)
    elif action == "delete":
        del parent[key]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(max_size=8))] = data.draw(JSON_VALUES)
    else:
        parent.insert(data.draw(st.integers(0, len(parent))), data.draw(JSON_VALUES))
    return doc


def dumps_hostile(doc) -> bytes:
    """JSON text of `doc`, NaN and Infinity written as the non-standard tokens a file may hold."""
    with contextlib.suppress(ValueError, RecursionError):
        return json.dumps(doc, allow_nan=True).encode()
    return b"[" * 100_000 + b"]" * 100_000  # too deep even for the encoder: hostile anyway


def mutated_json(data, doc, n: int, garble: bool) -> bytes:
    """`doc` with n values replaced, deleted or added, written as JSON, maybe byte-garbled too."""
    for _ in range(n):
        doc = mutate_tree(data, doc)
    raw = dumps_hostile(doc)
    return mutate_bytes(data, raw) if garble else raw


def mutate_bytes(data, raw: bytes) -> bytes:
    """A few random byte-level edits of `raw`: flips, inserts, deletes, truncation, duplication."""
    buf = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        pos = data.draw(st.integers(0, max(len(buf) - 1, 0)))
        if op == "flip" and buf:
            buf[pos] = data.draw(st.integers(0, 255))
        elif op == "insert":
            buf[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del buf[pos:pos + data.draw(st.integers(1, 64))]
        elif op == "truncate":
            del buf[pos:]
        elif op == "duplicate":
            buf[pos:pos] = buf[pos:pos + data.draw(st.integers(1, 256))]
    return bytes(buf)
