"""Issue 11's limits in the importer and sessions, driven through the command line as a user would
(`python main.py train ...` in a subprocess, its peak memory measured by the child itself): every
CSV limit is checked from cheap facts before the allocation it guards, huge values are refused by
name with nothing on stderr but the sentence, sessions always reopen, and a session never makes the
app read a file the user did not pick."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
MB = 1_000_000
# Runs main.py; on exit prints the peak resident memory and any file opened under WATCH.
WRAPPER = r"""
import os, resource, runpy, sys
watch = os.environ.get("WATCH")
def audit(event, args):
    if watch and event == "open" and isinstance(args[0], str) and args[0].startswith(watch):
        sys.stderr.write(f"OPENED {args[0]}\n")
if watch:
    sys.addaudithook(audit)
sys.argv = ["main.py", *sys.argv[1:]]
try:
    runpy.run_path(os.path.join(os.environ["ROOT"], "main.py"), run_name="__main__")
finally:
    # VmHWM: this program's own peak (ru_maxrss would count the forked test process before exec)
    try:
        with open("/proc/self/status") as f:
            peak = next(int(ln.split()[1]) * 1024 for ln in f if ln.startswith("VmHWM:"))
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    sys.stderr.write(f"PEAK {peak}\n")
"""


def cli(*args, cwd, watch=None, timeout=300):
    """(exit status, stdout, stderr lines without the PEAK line, peak bytes)."""
    env = {"ROOT": str(ROOT), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
           "WATCH": watch or "", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, "-c", WRAPPER, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)
    lines = proc.stderr.strip().splitlines()
    peak = int(next(ln.split()[1] for ln in lines if ln.startswith("PEAK ")))
    return proc.returncode, proc.stdout, [ln for ln in lines if not ln.startswith("PEAK ")], peak


def write_rows(path: Path, table: np.ndarray, header: str | None = None) -> int:
    names = np.array([str(i) for i in range(int(table.max()) + 1)])
    with open(path, "w") as f:
        if header:
            f.write(header + "\n")
        for start in range(0, len(table), 50_000):
            f.write("\n".join(",".join(r) for r in names[table[start:start + 50_000]].tolist())
                    + "\n")
    return path.stat().st_size


def test_5000_distinct_labels_refused_before_one_hot(tmp_path):
    """20,000 rows with 5,000 label names: refused by the class limit, naming the column, while
    memory stays under 4x the file + 200 MB (the one-hot array alone would be 800 MB)."""
    rng = np.random.default_rng(0)
    path = tmp_path / "labels.csv"
    path.write_text("a,b,c,label\n" + "".join(
        f"{a},{b},{c},L{i % 5000}\n" for i, (a, b, c) in enumerate(rng.integers(0, 9, (20_000, 3)))))
    code, _, err, peak = cli("train", "--csv", "labels.csv", "--epochs", "0", cwd=tmp_path)
    assert code == 1
    assert err == ["error: labels.csv: the target column 'label' holds 5,000 different labels, "
                   "more than the limit of 1,000 classes"]
    assert peak < 4 * path.stat().st_size + 200 * MB


def test_a_64_MB_file_of_one_character_lines_hits_the_row_limit_first(tmp_path):
    """32 million one-character lines: the row limit is checked from a count of line ends before
    any line is split (which took 3.8 GB); peak memory under 4x the file + 200 MB."""
    path = tmp_path / "ones.csv"
    with open(path, "wb") as f:
        for _ in range(64):
            f.write(b"1\n" * 500_000)
    size = path.stat().st_size
    code, _, err, peak = cli("train", "--csv", "ones.csv", "--epochs", "0", cwd=tmp_path)
    assert code == 1 and err == ["error: ones.csv: more than the limit of 5000000 data rows"]
    assert peak < 4 * size + 200 * MB


def test_values_near_1e200_are_refused_by_file_line_and_column_without_warnings(tmp_path):
    """A column with 1e200: one line on stderr naming file, line and column; no RuntimeWarning."""
    (tmp_path / "huge.csv").write_text("x1,x2,y\n1,2,0\n3,1e200,1\n5,6,0\n7,8,1\n")
    code, _, err, _ = cli("train", "--csv", "huge.csv", "--epochs", "1", cwd=tmp_path)
    assert code == 1
    assert err == ["error: huge.csv, line 3, column 2 (\"x2\"): '1e200' is too large "
                   "(beyond ±1e+150)"]


def test_a_european_export_trains_end_to_end(tmp_path):
    """'x1;x2;label' over decimal commas and text labels: the header is found, values read."""
    rows = ["x1;x2;label"] + [f"{i % 7},5;{i % 3},25;{'cat' if i % 2 else 'dog'}"
                              for i in range(40)]
    (tmp_path / "eu.csv").write_text("\r\n".join(rows) + "\r\n", encoding="utf-8-sig")
    code, out, err, _ = cli("train", "--csv", "eu.csv", "--epochs", "2", "--quiet", cwd=tmp_path)
    assert code == 0, err
    assert "data eu: 32 training, 8 test samples" in out and "network 2-2-1" in out


def test_a_big_session_is_saved_so_that_it_reopens(tmp_path):
    """300,000 x 40 (the issue's 58 MB case, here 24 MB of small integers): the session the CLI
    writes (once 226 MiB of JSON, refused when reopened) reopens and trains on."""
    rng = np.random.default_rng(1)
    table = np.column_stack([rng.integers(0, 10, size=(300_000, 39)),
                             rng.integers(0, 2, size=300_000)])
    write_rows(tmp_path / "big.csv", table)
    code, _, err, _ = cli("train", "--csv", "big.csv", "--samples", "10", "--quiet",
                          "--session", "big.session", cwd=tmp_path)
    assert code == 0, err
    code, out, err, _ = cli("train", "--resume", "big.session", "--samples", "10", "--quiet",
                            cwd=tmp_path)
    assert code == 0, err
    assert "data big: 240000 training, 60000 test samples" in out


def test_a_session_pointing_at_etc_passwd_does_not_read_it(tmp_path):
    """A session with its data set to null and the CSV path /etc/passwd: refused without opening
    that file; the same session beside its CSV reads the CSV and says so."""
    (tmp_path / "d.csv").write_text("a,b,y\n" + "".join(f"{i},{i % 3},{i % 2}\n" for i in range(20)))
    code, _, err, _ = cli("train", "--csv", "d.csv", "--samples", "5", "--quiet",
                          "--session", "s.json", cwd=tmp_path)
    assert code == 0, err
    doc = json.loads((tmp_path / "s.json").read_text())
    doc["dataset"]["embedded"] = None
    (tmp_path / "s.json").write_text(json.dumps(doc))
    code, _, err, _ = cli("train", "--resume", "s.json", "--samples", "5", "--quiet",
                          cwd=tmp_path, watch=str(tmp_path / "d.csv"))
    assert code == 0 and f"note: The data were read from {tmp_path / 'd.csv'}." in err
    assert f"OPENED {tmp_path / 'd.csv'}" in err
    doc["dataset"]["spec"]["path"] = "/etc/passwd"
    (tmp_path / "evil.json").write_text(json.dumps(doc))
    code, _, err, _ = cli("train", "--resume", "evil.json", "--samples", "5", cwd=tmp_path,
                          watch="/etc/passwd")
    assert code == 1 and not any(ln.startswith("OPENED") for ln in err)
    assert err == ["error: evil.json: the session's data file /etc/passwd is not beside the "
                   "session, so it was not read; put passwd in the session's folder, or load the "
                   "CSV yourself"]
