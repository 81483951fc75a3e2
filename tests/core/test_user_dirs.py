"""Tests for core/user_dirs.py: the cache folder per platform, and numba pointed there only in a bundle."""

from pathlib import Path

from core.user_dirs import prepare_frozen_app, user_cache_dir

HOME = Path("/home/ana")


def test_cache_folder_follows_each_platforms_convention():
    """Windows LOCALAPPDATA, macOS ~/Library/Caches, XDG_CACHE_HOME (absolute) or ~/.cache elsewhere."""
    assert user_cache_dir("win32", {"LOCALAPPDATA": r"C:\Users\ana\AppData\Local"}, HOME) == \
        Path(r"C:\Users\ana\AppData\Local") / "BackpropStudio" / "Cache"
    assert user_cache_dir("darwin", {}, HOME) == HOME / "Library" / "Caches" / "BackpropStudio"
    assert user_cache_dir("linux", {"XDG_CACHE_HOME": "/tmp/xc"}, HOME) == Path("/tmp/xc/BackpropStudio")
    assert user_cache_dir("linux", {}, HOME) == HOME / ".cache" / "BackpropStudio"
    # the XDG spec: a relative path is invalid and is ignored
    assert user_cache_dir("linux", {"XDG_CACHE_HOME": "rel/cache"}, HOME) == HOME / ".cache" / "BackpropStudio"


def test_numba_cache_is_set_only_when_frozen_and_never_over_the_users_choice(tmp_path):
    """In a bundle NUMBA_CACHE_DIR becomes <cache>/numba; outside one, or when already set, untouched."""
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    prepare_frozen_app(env, frozen=False)
    assert "NUMBA_CACHE_DIR" not in env
    prepare_frozen_app(env, frozen=True)
    expected = user_cache_dir(environ=env) / "numba"
    assert env["NUMBA_CACHE_DIR"] == str(expected)
    mine = {"NUMBA_CACHE_DIR": "/data/numba"}
    prepare_frozen_app(mine, frozen=True)
    assert mine["NUMBA_CACHE_DIR"] == "/data/numba"
