"""How much memory is free, and the one refusal for a file that would need more than that.

Loaders estimate what a file will cost from cheap facts (its size, its first lines, a count of its
line ends) and call `require_memory` before the allocation the estimate is for, so a file that would
not fit is refused with a sentence and a hint instead of a MemoryError or a swapping machine.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.checks.errors import BackpropStudioError, FileTooLargeError, where
from core.checks.validate import open_limited
from core.i18n import translate

# Without a way to ask the system (no /proc, no sysconf), assume this much is free.
FALLBACK_AVAILABLE = 2 * 1024**3
# An environment override for tests and for users who know better than the estimate.
ENV_OVERRIDE = "BACKPROP_STUDIO_MEMORY_LIMIT"


def available_memory() -> int:
    """Bytes of memory a new allocation can use now without swapping (best effort)."""
    override = os.environ.get(ENV_OVERRIDE)
    if override and override.isdigit():
        return int(override)
    try:
        with open_limited("/proc/meminfo", 1 << 20) as f:
            for line in f:
                if line.startswith(b"MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError, BackpropStudioError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, OSError, ValueError):
        return FALLBACK_AVAILABLE


def require_memory(path: str | Path | None, needed: int, what: str, hint: str) -> None:
    """Refuse (FileTooLargeError) if `needed` bytes exceed what is free; `hint` says what to do."""
    free = available_memory()
    if needed > free:
        raise FileTooLargeError(where(path) + translate(
            "Memory", "{what} needs about {human} of memory, larger than the limit of {human2} free "
            "now; {hint}").format(what=what, human=human(needed), human2=human(free), hint=hint))


def human(n: float) -> str:
    """1536 -> '1.5 KiB'; bytes for small numbers."""
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            return f"{int(n)} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover
