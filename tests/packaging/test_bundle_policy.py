"""Tests for packaging/bundle_policy.py: what the bundle keeps and leaves out, checked on the paths
PyInstaller gives, without building; and how its size is measured."""

import bundle_policy
import pytest
from bundle_policy import keep, strippable


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/translations/qtbase_ko.qm",       # Qt's own strings (file dialog, message boxes) in Korean
    "PySide6/Qt/translations/qt_ko.qm",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # the smoke test runs the bundle without a screen
    "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",  # typing Hangul
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",                 # File ▸ Export picture as SVG
    "core/data/datasets/digits.csv",
    "gui/window/icons/backprop-studio-256.png",
    "libxcb-cursor.so.0",                            # often missing on desktops; Qt's xcb needs it
    "libpython3.11.so.1.0",
])
def test_what_the_app_needs_stays(dest):
    """Korean Qt catalogues, the platform plugins, input methods, the app's data and icon stay."""
    assert keep(dest, "linux")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtdeclarative_ko.qm",   # QML is not used
    "PySide6/Qt/translations/assistant_ko.qm",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/libqt-wayland-compositor-xdg-shell.so",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "libfontconfig.so.1",                            # the host's, so that its (Hangul) fonts are found
    "libstdc++.so.6",
    "libX11.so.6",
    "libglib-2.0.so.0",
])
def test_what_the_app_does_not_use_goes(dest):
    """Other languages, unused Qt modules and plugins, and the host's desktop libraries are left out."""
    assert not keep(dest, "linux")


def test_host_libraries_are_only_left_out_on_linux():
    """On Windows and macOS a library named like a Linux desktop one is not the host's: it stays."""
    assert keep("libX11.so.6", "darwin") and keep("libstdc++.so.6", "win32")
    assert keep("PySide6/Qt/lib/libfontconfig.so.1", "linux")  # only top-level host libs are dropped


def test_strip_leaves_auditwheels_vendored_libraries_alone():
    """numpy.libs/ (patchelf-rewritten) is never stripped; other shared libraries are."""
    assert not strippable("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert strippable("llvmlite/binding/libllvmlite.so")
    assert strippable("libpython3.11.so.1.0")
    assert strippable("PySide6/QtCore.abi3.so")
    assert not strippable("core/data/datasets/digits.csv")


def test_size_is_the_sum_of_file_sizes_and_largest_groups_folders(tmp_path):
    """folder_size adds every file once; largest() groups by the first two levels, biggest first."""
    (tmp_path / "_internal" / "big").mkdir(parents=True)
    (tmp_path / "_internal" / "big" / "a.so").write_bytes(b"x" * 3000)
    (tmp_path / "_internal" / "big" / "b.so").write_bytes(b"x" * 2000)
    (tmp_path / "_internal" / "small.so").write_bytes(b"x" * 1000)
    (tmp_path / "app").write_bytes(b"x" * 500)
    assert bundle_policy.folder_size(tmp_path) == 6500
    assert bundle_policy.largest(tmp_path, n=2) == [("_internal/big", 5000), ("_internal/small.so", 1000)]


def test_verdict_states_the_budget():
    """The size line says within or how far over the 200 MB budget."""
    assert bundle_policy.verdict(150_000_000) == "150.0 MB unpacked: within the 200 MB budget"
    assert bundle_policy.verdict(342_700_000) == "342.7 MB unpacked: 142.7 MB over the 200 MB budget"
