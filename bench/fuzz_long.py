"""The long fuzz run: every loader fuzz test with 10,000 cases each (hypothesis profile "long").

    python bench/fuzz_long.py            # prints cases, seconds and failures per test
    python bench/fuzz_long.py csv npz    # only the loaders whose test names contain these

The same tests run in CI with a few dozen cases each (profile "ci"); this is the on-demand soak
of the loaders. Failing cases are kept in .hypothesis/ and replayed first on the next run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/hardening/test_fuzz_csv_import.py", "tests/hardening/test_fuzz_weights_json.py",
         "tests/hardening/test_fuzz_weights_npz.py", "tests/hardening/test_fuzz_session.py"]


def main(argv: list[str]) -> int:
    tests = [t for t in TESTS if not argv or any(a in t for a in argv)]
    env = {**os.environ, "HYPOTHESIS_PROFILE": "long", "QT_QPA_PLATFORM": "offscreen"}
    failed = 0
    for test in tests:
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "--hypothesis-show-statistics", test],
                              cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        cases = sum(int(n) for n in re.findall(r"- (\d+) passing examples", proc.stdout))
        print(f"{Path(test).stem:28s} {cases:7,} cases {seconds:7.1f} s  "
              f"{'ok' if proc.returncode == 0 else 'FAILED'}", flush=True)
        if proc.returncode:
            failed += 1
            print(proc.stdout[-4000:])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
