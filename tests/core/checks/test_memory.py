"""Tests for core/checks/memory.py: what is free, and the refusal that names the need and a hint."""

from __future__ import annotations

import pytest

from core.checks import memory
from core.checks.errors import FileTooLargeError


def test_available_memory_is_positive_and_overridable(monkeypatch):
    """The system's figure is a positive number; the environment override replaces it."""
    assert memory.available_memory() > 0
    monkeypatch.setenv(memory.ENV_OVERRIDE, "12345")
    assert memory.available_memory() == 12345


def test_require_memory_refuses_with_the_figures_and_a_hint(monkeypatch):
    """Needing more than is free: one sentence with both amounts, the file and the hint."""
    monkeypatch.setenv(memory.ENV_OVERRIDE, str(2**30))
    memory.require_memory("a.csv", 2**29, "reading it", "close something")
    with pytest.raises(FileTooLargeError) as info:
        memory.require_memory("a.csv", 3 * 2**30, "reading it", "close something")
    assert str(info.value) == ("a.csv: reading it needs about 3.0 GiB of memory, larger than the "
                               "limit of 1.0 GiB free now; close something")


def test_human_sizes():
    """Bytes below 1 KiB, then one decimal in the largest fitting unit."""
    assert memory.human(512) == "512 bytes"
    assert memory.human(1536) == "1.5 KiB"
    assert memory.human(3 * 2**40) == "3.0 TiB"
