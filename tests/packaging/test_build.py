"""Tests for packaging/build.py's pure parts (no PyInstaller run): archive names, reproducible
archives, and the Linux desktop files laid into the bundle."""

import configparser
import hashlib

import build
import pytest


@pytest.mark.parametrize("platform, machine, name", [
    ("linux", "x86_64", "backprop-studio-1.2.3-linux-x86_64.tar.gz"),
    ("win32", "AMD64", "backprop-studio-1.2.3-windows-x86_64.zip"),
    ("darwin", "arm64", "backprop-studio-1.2.3-macos-arm64.tar.gz"),
    ("linux", "aarch64", "backprop-studio-1.2.3-linux-arm64.tar.gz"),
])
def test_archive_names_say_version_system_and_processor(platform, machine, name):
    """One archive per system and processor, named so a student picks the right one."""
    assert build.archive_name("1.2.3", platform, machine) == name


def test_version_is_the_apps():
    """The bundle carries core.__version__."""
    import core

    assert build.version() == core.__version__


@pytest.mark.parametrize("suffix", ["tar.gz", "zip"])
def test_archives_are_byte_for_byte_reproducible(tmp_path, suffix):
    """The same folder archived twice, with different file times, gives identical bytes."""
    folder = tmp_path / "backprop-studio"
    (folder / "_internal").mkdir(parents=True)
    (folder / "backprop-studio").write_bytes(b"\x7fELF run me")
    (folder / "backprop-studio").chmod(0o755)
    (folder / "_internal" / "data.csv").write_text("a,b\n1,2\n")
    first = build.write_archive(folder, tmp_path / "one" / f"x.{suffix}", mtime=1_700_000_000)
    for p in folder.rglob("*"):
        p.touch()
    second = build.write_archive(folder, tmp_path / "two" / f"x.{suffix}", mtime=1_700_000_000)
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)]
    assert digest[0] == digest[1]


def test_tar_archive_keeps_the_executable_bit_and_zeroes_owners(tmp_path):
    """Unpacked, the app is runnable and owned by whoever unpacks it."""
    import tarfile

    folder = tmp_path / "backprop-studio"
    folder.mkdir()
    (folder / "backprop-studio").write_bytes(b"#!")
    (folder / "backprop-studio").chmod(0o755)
    archive = build.write_archive(folder, tmp_path / "b.tar.gz", mtime=0)
    with tarfile.open(archive) as tar:
        info = tar.getmember("backprop-studio/backprop-studio")
        assert info.mode & 0o111 and info.uid == 0 and info.uname == ""
        assert [m.name for m in tar.getmembers()] == ["backprop-studio", "backprop-studio/backprop-studio"]


def test_linux_desktop_files_are_laid_out_as_freedesktop_expects(tmp_path):
    """share/applications, share/mime/packages, share/icons/hicolor/<n>x<n>/apps and the installer."""
    written = build.add_linux_desktop_files(tmp_path)
    rel = {p.relative_to(tmp_path).as_posix() for p in written}
    assert "share/applications/backprop-studio.desktop" in rel
    assert "share/mime/packages/backprop-studio.xml" in rel
    assert "share/icons/hicolor/256x256/apps/backprop-studio.png" in rel
    assert "share/icons/hicolor/scalable/apps/backprop-studio.svg" in rel
    assert (tmp_path / "install-desktop-entry.sh").stat().st_mode & 0o111
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(tmp_path / "share/applications/backprop-studio.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "backprop-studio %f" and desktop["Icon"] == "backprop-studio"
    types = desktop["MimeType"].split(";")
    for mime in ("application/x-backprop-studio-session+json", "application/x-backprop-studio-weights+json",
                 "text/csv"):
        assert mime in types
    xml = (tmp_path / "share/mime/packages/backprop-studio.xml").read_text(encoding="utf-8")
    for mime in types[:2]:
        assert f'type="{mime}"' in xml


def test_mime_magic_matches_the_start_of_files_the_app_writes(tmp_path):
    """The shared-mime-info magic (a string within the first 256 bytes) finds real sessions and
    weights, so a file manager offers Backprop Studio for them."""
    import re

    from core.data import make_dataset
    from core.engine.hyperparams import Hyperparams
    from core.engine.network import Network
    from core.files import weights
    from core.files.session import save_session
    from core.training.trainer import Trainer

    ds = make_dataset("xor")
    trainer = Trainer(Network((2, 2, 1)), ds, Hyperparams(), use_kernel=False)
    save_session(tmp_path / "s.json", trainer, ds)
    weights.save_weights(tmp_path / "w.json", weights.WeightsBundle.from_network(trainer.network))
    xml = (build.ROOT / "resources" / "linux" / "backprop-studio-mime.xml").read_text(encoding="utf-8")
    magic = dict(re.findall(r'type="(application/x-backprop-studio-\w+)\+json".*?value="&quot;([^&]+)&quot;"',
                            xml, re.S))
    assert set(magic) == {"application/x-backprop-studio-session", "application/x-backprop-studio-weights"}
    assert f'"{magic["application/x-backprop-studio-session"]}"'.encode() in (tmp_path / "s.json").read_bytes()[:256]
    assert f'"{magic["application/x-backprop-studio-weights"]}"'.encode() in (tmp_path / "w.json").read_bytes()[:256]


def test_smoke_test_runs_the_bundle_with_every_user_folder_in_its_own_home(tmp_path, monkeypatch):
    """The smoke test's environment points config, cache and data under a fresh home and drops the
    caller's NUMBA_ and QT_ settings, so it tests a first start and touches nothing of the user's."""
    import smoke_test

    monkeypatch.setenv("NUMBA_CACHE_DIR", "/somewhere")
    monkeypatch.setenv("QT_SCALE_FACTOR", "2")
    env = smoke_test.user_environment(tmp_path)
    assert "NUMBA_CACHE_DIR" not in env and "QT_SCALE_FACTOR" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA"):
        assert env[key].startswith(str(tmp_path)), key
