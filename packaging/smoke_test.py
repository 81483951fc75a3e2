"""Smoke test of the built desktop bundle, as a student's machine would run it.

    python packaging/smoke_test.py              # build (packaging/build.py), then test the bundle
    python packaging/smoke_test.py --no-build   # test the bundle already in dist/

With empty per-user folders (config, cache, data) in a temporary directory, it checks that the bundle
- lists its data sets and, through its command line, trains digits for an epoch and exports ONNX
  and a session, with the compiled kernels cached and the compressed libraries (packaging/payload.py)
  unpacked in the user's cache folder;
- starts its window (offscreen) with other, empty user folders and keeps it up for 10 s with no
  traceback and no problem dialog, in a first start of at most FIRST_START_S seconds, its settings
  written to the user's config folder and its worker's warm-up unpacking the libraries;
- opens the session file given on its command line (the data set, network and samples seen match);
- writes nothing inside its own folder;
- on Linux, installs its desktop entry, icon and MIME types into a user data folder.
Prints the figures (build time, size, first and second start, CLI times); exits 1 on any failure.
The window reports through BACKPROP_STUDIO_SMOKE_SECONDS (gui/app.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402

SMOKE_ENV = "BACKPROP_STUDIO_SMOKE_SECONDS"  # gui/app.py
SMOKE_PREFIX = "backprop-studio smoke: "
WINDOW_SECONDS = 10.0
FIRST_START_S = 3.0  # issue 18: first start on this machine
CLI_TIMEOUT_S = 600


class Failures(list):
    def check(self, ok: bool, what: str) -> bool:
        print(("  ok    " if ok else "  FAIL  ") + what, flush=True)
        if not ok:
            self.append(what)
        return ok


def executables(dist: Path) -> tuple[Path, Path]:
    """(window, command line) executables of the bundle in dist. On Windows the command line is the
    console executable, which also opens the window (a windowed .exe has no stdout to report on)."""
    if sys.platform == "win32":
        cli = dist / build.NAME / f"{build.NAME}-cli.exe"
        return cli, cli
    if sys.platform == "darwin":
        exe = dist / "Backprop Studio.app" / "Contents" / "MacOS" / build.NAME
        return exe, exe
    exe = dist / build.NAME / build.NAME
    return exe, exe


def user_environment(home: Path) -> dict[str, str]:
    """The environment with every per-user folder moved under `home` (nothing of the real user's)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NUMBA_", "QT_", "BACKPROP_STUDIO_"))}
    env.pop("PYTHONPATH", None)
    env.update({"HOME": str(home), "USERPROFILE": str(home), "APPDATA": str(home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local" / "share"),
                "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})
    return env


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under folder: (size, mtime in ns), to prove the bundle was not written to."""
    out = {}
    for dirpath, _dirs, files in os.walk(folder):
        for f in files:
            p = os.path.join(dirpath, f)
            st = os.lstat(p)
            out[os.path.relpath(p, folder)] = (st.st_size, st.st_mtime_ns)
    return out


def run_cli(exe: Path, args: list[str], env: dict) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.monotonic()
    done = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=CLI_TIMEOUT_S)
    return done, time.monotonic() - t0


def run_window(exe: Path, args: list[str], env: dict, seconds: float) -> dict:
    """Start the window; return {shown_after_s, state, code, stderr}. The app closes itself after
    `seconds` (SMOKE_ENV) and prints what it showed."""
    env = dict(env, **{SMOKE_ENV: str(seconds)})
    t0 = time.monotonic()
    proc = subprocess.Popen([str(exe), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", errors="replace")
    result: dict = {"shown_after_s": None, "state": None}
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.extend(proc.stderr), daemon=True)
    reader.start()
    for line in proc.stdout:
        if line.startswith(SMOKE_PREFIX):
            body = line[len(SMOKE_PREFIX):].strip()
            if body == "window shown":
                result["shown_after_s"] = time.monotonic() - t0
            else:
                result["state"] = json.loads(body)
    try:
        result["code"] = proc.wait(timeout=seconds + 60)
    except subprocess.TimeoutExpired:
        proc.kill()
        result["code"] = "hung"
    reader.join(timeout=5)
    result["stderr"] = "".join(err)
    return result


def no_traceback(text: str) -> bool:
    return "Traceback" not in text


def config_file(home: Path) -> list[Path]:
    """The app's settings files under `home`; on Windows also in the real roaming AppData folder,
    which Qt asks Windows for (it does not follow the APPDATA variable)."""
    roots = [home]
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        roots.append(Path(os.environ["APPDATA"]) / "BackpropStudio")
    return [p for root in roots if root.exists() for p in root.rglob("*.ini") if "BackpropStudio" in p.parts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the bundle and smoke-test it.")
    parser.add_argument("--no-build", action="store_true", help="test the bundle already in --dist")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if not args.no_build:
        build.main(["--dist", str(dist), "--work", str(args.work.resolve())])
    report = json.loads((dist / "build-report.json").read_text(encoding="utf-8"))
    gui_exe, cli_exe = executables(dist)
    fail = Failures()
    if not fail.check(gui_exe.exists(), f"bundle executable {gui_exe}"):
        return 1
    bundle = Path(report["shipped"])
    before = snapshot(bundle)

    with tempfile.TemporaryDirectory(prefix="bps-smoke-") as tmp:
        home = Path(tmp) / "home"
        work = Path(tmp) / "files"
        home.mkdir()
        work.mkdir()
        env = user_environment(home)

        print("command line:", flush=True)
        listed, _ = run_cli(cli_exe, ["datasets"], env)
        fail.check(listed.returncode == 0 and "digits" in listed.stdout and "iris" in listed.stdout,
                   "`datasets` lists the bundled iris and digits")
        onnx_path, session_path = work / "digits.onnx", work / "digits-session.json"
        train = ["train", "--dataset", "digits", "--hidden", "16", "--epochs", "1", "--seed", "1",
                 "--export", str(onnx_path), "--session", str(session_path)]
        trained, cold_s = run_cli(cli_exe, train, env)
        fail.check(trained.returncode == 0 and no_traceback(trained.stderr),
                   f"`train --dataset digits --epochs 1` ran ({cold_s:.1f} s, first run){_tail(trained)}")
        fail.check(onnx_path.exists() and onnx_path.stat().st_size > 1000, f"ONNX exported ({onnx_path.name})")
        fail.check(_onnx_valid(onnx_path), "the ONNX file passes onnx.checker (where onnx is importable)")
        fail.check(session_path.exists(), "a session file was saved")
        cache = Path(env["LOCALAPPDATA"]) if sys.platform == "win32" else (
            home / "Library" / "Caches" if sys.platform == "darwin" else Path(env["XDG_CACHE_HOME"]))
        cached = list((cache / "BackpropStudio").rglob("*.nbi"))
        fail.check(bool(cached), f"numba's cache is in the user's cache folder ({len(cached)} index files)")
        again, warm_s = run_cli(cli_exe, train, env)
        fail.check(again.returncode == 0, f"trained again with the cached kernels ({warm_s:.1f} s)")

        unpacked = _unpacked(cache)
        fail.check(_payload_names(bundle) <= unpacked,
                   f"the compressed libraries were unpacked into the user's cache folder ({sorted(unpacked)})")

        print("window:", flush=True)
        # a first start as a student's: its own empty config and cache folders (the CLI above has
        # filled this home's cache), so it unpacks ICU before the window shows, and LLVM on the worker
        first_home = Path(tmp) / "first-home"
        first_home.mkdir()
        first_env = user_environment(first_home)
        first = run_window(gui_exe, [], first_env, WINDOW_SECONDS)
        shown = first["shown_after_s"]
        fail.check(first["code"] == 0 and no_traceback(first["stderr"]),
                   f"the window ran {WINDOW_SECONDS:.0f} s offscreen and closed with 0, no traceback"
                   + (f"\n{first['stderr'][-2000:]}" if first["stderr"].strip() else ""))
        fail.check(shown is not None and shown <= FIRST_START_S,
                   f"first start: window up after {shown if shown is None else round(shown, 2)} s "
                   f"(at most {FIRST_START_S} s)")
        state = first["state"] or {}
        fail.check(state.get("dataset") == "xor" and state.get("problems") == [],
                   f"it opened on the seed's XOR with no problem dialog ({state})")
        fail.check(state.get("qt_korean") is True, "Qt's Korean catalogue (qtbase_ko) loads from inside the bundle")
        fail.check(bool(config_file(first_home)),
                   f"settings written in the user's config folder {config_file(first_home)}")
        first_cache = Path(first_env["LOCALAPPDATA"]) if sys.platform == "win32" else (
            first_home / "Library" / "Caches" if sys.platform == "darwin" else Path(first_env["XDG_CACHE_HOME"]))
        unpacked = _unpacked(first_cache)
        fail.check(_payload_names(bundle) <= unpacked,
                   f"the window's warm-up unpacked the compressed libraries into its cache ({sorted(unpacked)})")

        opened = run_window(gui_exe, [str(session_path)], env, 5.0)
        state = opened["state"] or {}
        fail.check(opened["code"] == 0 and no_traceback(opened["stderr"]) and state.get("problems") == [],
                   "a session given on the command line opened without a problem")
        fail.check(state.get("dataset") == "digits" and state.get("sizes") == [64, 16, 10]
                   and state.get("samples_seen") == 1438,
                   f"the window continues the saved run: digits, 64-16-10, 1438 samples seen ({state})")
        second = opened["shown_after_s"]

        if sys.platform.startswith("linux"):
            print("desktop entry:", flush=True)
            _check_desktop_entry(Path(report["folder"]), env, home, fail)

    after = snapshot(bundle)
    changed = sorted(set(after) ^ set(before) | {k for k in after if k in before and after[k] != before[k]})
    fail.check(not changed, f"nothing was written inside the bundle {changed[:5]}")

    print("\nfigures:")
    print(f"  build: {report['build_seconds']:.0f} s (+ archive: {report.get('total_seconds', 0):.0f} s in all)")
    print(f"  size: {report['unpacked_bytes'] / 1e6:.1f} MB unpacked (budget {report['budget_mb']} MB); "
          f"archive {report.get('archive_bytes', 0) / 1e6:.1f} MB")
    print(f"  first start: {shown if shown is None else f'{shown:.2f}'} s; second start: "
          f"{second if second is None else f'{second:.2f}'} s")
    print(f"  CLI digits epoch + ONNX: {cold_s:.1f} s first (compiles the kernels), {warm_s:.1f} s cached")
    print(f"  load: {_load()}")
    if fail:
        print(f"\n{len(fail)} check(s) failed:\n- " + "\n- ".join(f.splitlines()[0] for f in fail))
        return 1
    print("\nall checks passed")
    return 0


def _tail(done: subprocess.CompletedProcess) -> str:
    text = (done.stderr or "").strip()
    return f"\n{text[-1500:]}" if done.returncode != 0 and text else ""


def _payload_names(bundle: Path) -> set[str]:
    """Names of the libraries the build compressed (packaging/payload.py's manifest; none off Linux)."""
    manifests = list(bundle.rglob("payload/manifest.json"))
    return set(json.loads(manifests[0].read_text(encoding="utf-8"))) if manifests else set()


def _unpacked(cache: Path) -> set[str]:
    """Names of the libraries unpacked under the app's cache folder (packaging/rth_payload.py)."""
    return {p.name for p in (cache / "BackpropStudio" / "lib").glob("*/*") if p.is_file()}


def _onnx_valid(path: Path) -> bool:
    try:
        import onnx
    except ImportError:
        return True
    try:
        onnx.checker.check_model(onnx.load(str(path)))
    except Exception:  # noqa: BLE001 - any failure of the checker is the answer
        return False
    return True


def _check_desktop_entry(folder: Path, env: dict, home: Path, fail: Failures) -> None:
    script = folder / "install-desktop-entry.sh"
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=120)
    data = Path(env["XDG_DATA_HOME"])
    entry = data / "applications" / f"{build.NAME}.desktop"
    fail.check(done.returncode == 0 and entry.exists(), f"install-desktop-entry.sh added {entry.name}")
    text = entry.read_text(encoding="utf-8") if entry.exists() else ""
    fail.check(f'Exec="{folder / build.NAME}" %f' in text and "application/x-backprop-studio-session+json" in text,
               "the entry starts this bundle with a file and names the app's MIME types")
    fail.check((data / "icons" / "hicolor" / "256x256" / "apps" / f"{build.NAME}.png").exists(),
               "the icon is in the user's hicolor theme")
    if any((Path(p) / "update-mime-database").exists() for p in os.environ.get("PATH", "").split(os.pathsep)):
        fail.check((data / "mime" / "application" / "x-backprop-studio-session+json.xml").exists(),
                   "update-mime-database accepted the app's MIME types")


def _load() -> str:
    try:
        return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"
    except (AttributeError, OSError):
        return "not measured on this platform"


if __name__ == "__main__":
    sys.exit(main())
