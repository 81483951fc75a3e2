"""The translation catalogue in one command (docs/translating.md tells the whole story):

    python tools/translations.py update   # pyside6-lupdate: the .ts files get every string in core/, gui/
                                          # (and English plurals spelt "%n input(s)" are filled in)
    python tools/translations.py todo     # untranslated or unfinished strings, as JSON to fill in
    python tools/translations.py apply F  # put the translations of a filled-in todo JSON into the .ts
    python tools/translations.py build    # pyside6-lrelease: the .qm files the window loads
    python tools/translations.py check    # non-zero exit if anything is missing, unfinished or wrong

`check` runs lupdate into a temporary copy, so it sees strings added to the code since the last
`update`; it fails on a missing or unfinished translation, on a translation that drops or changes a
placeholder (%n, %1, {name}) or a symbol of the derivation (E_n, w_kj, δ, α …), and on a .qm older
than its .ts. Korean gets every string; English (the source language) only the plural forms
("%n inputs" -> "1 input", "2 inputs"). Tested in tests/tools/test_translations.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.i18n import LANGUAGES, SOURCE_LANGUAGE, placeholders, qm_path, ts_path  # noqa: E402

SOURCE_DIRS = ("core", "gui")
BIN = Path(sys.executable).parent
# The derivation's symbols a translation must keep exactly: Greek letters and operators, the
# seed's indexed names written as E_n / w_kj, as E<sub>n</sub>, or with unicode subscripts (Eₙ).
_SUBS = "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₘₙ"
SYMBOL = re.compile(
    r"[αδΔσΣμλη∂∝×−√²]"
    r"|\b(?:net|[A-Za-z])(?:_[A-Za-z0-9]+|<sub>[^<]*</sub>|[" + _SUBS + r"]+)"
    r"|\b[a-zA-Z]\s*=")


def tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials (it ships the Linguist tools)")
    return path


def sources(root: Path = ROOT) -> list[str]:
    """Every Python file whose strings may be translated, relative to root, sorted."""
    files = [root / "main.py"] + [p for d in SOURCE_DIRS for p in (root / d).rglob("*.py")]
    return sorted(str(p.relative_to(root)) for p in files if p.is_file() and "__pycache__" not in p.parts)


def lupdate(ts: Path, lang: str, root: Path = ROOT) -> None:
    """Refresh `ts` from the sources under root (new strings in, vanished ones out)."""
    args = [tool("pyside6-lupdate"), *sources(root), "-ts", str(ts), "-no-obsolete", "-locations", "none",
            "-source-language", SOURCE_LANGUAGE, "-target-language", lang, "-silent"]
    if lang == SOURCE_LANGUAGE:
        args.insert(-1, "-pluralonly")
    result = subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{result.stdout}{result.stderr}")


def lrelease(ts: Path, qm: Path) -> None:
    result = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-nounfinished", "-silent"],
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed:\n{result.stdout}{result.stderr}")


# ---- reading a .ts ----
def messages(ts: Path):
    """(context, source, comment, numerus, forms, finished) for every message of a .ts."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if tr is None:
                forms: list[str] = []
            elif numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
            finished = tr is not None and tr.get("type") is None and bool(forms) and all(forms)
            yield name, m.findtext("source") or "", m.findtext("comment") or "", numerus, forms, finished


def symbols(text: str) -> set[str]:
    return {re.sub(r"\s+", "", s) for s in SYMBOL.findall(text)}


def problems(ts: Path) -> list[str]:
    """What is wrong with a .ts: unfinished or empty translations, changed placeholders or symbols."""
    out = []
    for context, source, _comment, numerus, forms, finished in messages(ts):
        where = f"{ts.name} [{context}] {source!r}"
        if not finished:
            out.append(f"{where}: not translated (or marked unfinished)")
            continue
        want = set(placeholders(source))
        for form in forms:
            got = set(placeholders(form))
            if numerus:  # a form may leave the number out ("one input"), never add or rename one
                want_n, got_n = want - {"%n"}, got - {"%n"}
                if want_n != got_n or not got <= want:
                    out.append(f"{where}: placeholders {sorted(got)} in {form!r}, want {sorted(want)}")
            elif got != want:
                out.append(f"{where}: placeholders {sorted(got)} in {form!r}, want {sorted(want)}")
            lost = symbols(source) - symbols(form)
            if lost:
                out.append(f"{where}: symbol(s) {sorted(lost)} missing from {form!r}")
    return out


def stale(ts: Path, root: Path = ROOT) -> list[str]:
    """Strings in the sources that `ts` lacks (or has no more), found by a lupdate into a copy."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh, ts.stem.rsplit("_", 1)[1], root)
        before = {(c, s, k) for c, s, k, *_ in messages(ts)}
        after = {(c, s, k) for c, s, k, *_ in messages(fresh)}
    return ([f"{ts.name}: new in the code, not in the catalogue: [{c}] {s!r}" for c, s, _ in sorted(after - before)]
            + [f"{ts.name}: in the catalogue, gone from the code: [{c}] {s!r}" for c, s, _ in sorted(before - after)])


def qm_outdated(lang: str) -> list[str]:
    """[] when the committed .qm says what the .ts says: byte for byte as this lrelease builds it,
    or else (another Qt version's lrelease lays the file out differently) message by message, as
    Qt's QTranslator reads it."""
    qm, stale_qm = qm_path(lang), [f"{qm_path(lang).name} is not built from the current {ts_path(lang).name}: "
                                   "run tools/translations.py build"]
    if not qm.is_file():
        return stale_qm
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        lrelease(ts_path(lang), fresh)
        if qm.read_bytes() == fresh.read_bytes():
            return []
    return [] if _qm_matches(qm, ts_path(lang), lang) else stale_qm


def _qm_matches(qm: Path, ts: Path, lang: str) -> bool:
    from PySide6 import QtCore  # tools/ may use Qt; core/ never does

    from core.i18n import plural_index

    translator = QtCore.QTranslator()
    if not translator.load(str(qm)):
        return False
    for context, source, comment, numerus, forms, finished in messages(ts):
        if not finished:
            continue
        for n in ((1, 2) if numerus else (-1,)):
            want = forms[min(plural_index(lang, n), len(forms) - 1)].replace("%n", str(n)) if numerus else forms[0]
            got = (translator.translate(context, source, comment or None, n) or "").replace("%n", str(n))
            if got != want:
                return False
    return True


def check(root: Path = ROOT) -> list[str]:
    out = []
    for lang in LANGUAGES:
        out += stale(ts_path(lang), root) + problems(ts_path(lang)) + qm_outdated(lang)
    return out


# ---- filling in ----
def todo() -> dict:
    """{lang: {context: {source: "" or ["", ""]}}} of what still needs a translation. A source
    already translated in another context comes pre-filled with that translation (check it)."""
    out: dict = {}
    for lang in LANGUAGES:
        known = {(source, numerus): forms for _ctx, source, _c, numerus, forms, finished in messages(ts_path(lang))
                 if finished}
        for context, source, _c, numerus, forms, finished in messages(ts_path(lang)):
            if not finished:
                n = 2 if lang == "en" else 1
                forms = known.get((source, numerus), forms)
                value = (forms + [""] * n)[:n] if numerus else (forms[0] if forms else "")
                out.setdefault(lang, {}).setdefault(context, {})[source] = value
    return out


def apply(filled: dict) -> int:
    """Write the translations of a filled-in todo() dict into the .ts files; returns how many.
    A context named "*" gives translations for a source text in whatever context it appears."""
    count = 0
    for lang, contexts in filled.items():
        path = ts_path(lang)
        tree = ET.parse(path)
        anywhere = contexts.get("*", {})  # {"*": {source: translation}} fills that source in every context
        for context in tree.getroot().iter("context"):
            table = {**anywhere, **contexts.get(context.findtext("name") or "", {})}
            for m in context.iter("message"):
                value = table.get(m.findtext("source") or "")
                if not value:
                    continue
                tr = m.find("translation")
                if tr is None:
                    tr = ET.SubElement(m, "translation")
                tr.attrib.pop("type", None)
                if m.get("numerus") == "yes":
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for form in ([value] if isinstance(value, str) else value):
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = value
                count += 1
        _write_ts(tree, path)
    return count


def english_plurals() -> int:
    """Fill the English plural forms the sources spell with Qt's "(s)" convention: "%n input(s)"
    becomes "%n input" / "%n inputs". Returns how many were filled; others stay in `todo`."""
    filled: dict = {}
    for context, source, _c, numerus, _forms, finished in messages(ts_path(SOURCE_LANGUAGE)):
        if numerus and not finished and "(s)" in source:
            filled.setdefault(SOURCE_LANGUAGE, {}).setdefault(context, {})[source] = [
                source.replace("(s)", ""), source.replace("(s)", "s")]
    return apply(filled) if filled else 0


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for lang in LANGUAGES:
            lupdate(ts_path(lang), lang)
        english_plurals()
        missing = sum(1 for d in todo().values() for c in d.values() for _ in c)
        print(f"updated {', '.join(ts_path(lang).name for lang in LANGUAGES)}; {missing} string(s) to translate")
    elif command == "build":
        for lang in LANGUAGES:
            # built beside and renamed into place: a running app (or test run) has the old .qm
            # memory-mapped, and rewriting that file in place would crash it (SIGBUS)
            qm = qm_path(lang)
            fresh = qm.with_suffix(".qm.new")
            lrelease(ts_path(lang), fresh)
            os.replace(fresh, qm)
            print(f"built {qm.relative_to(ROOT)}")
    elif command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif command == "apply":
        filled = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"{apply(filled)} translation(s) written")
    elif command == "check":
        found = check()
        for line in found:
            print(line)
        print("translations complete" if not found else f"{len(found)} problem(s)")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
