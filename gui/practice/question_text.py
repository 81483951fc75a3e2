"""Text for the practice pane: the weight and sample, the inputs table, the question, a verdict, the
applied step; and reading the number a student types.

Symbols come from core.teaching.notation (the seed's x_i, h_j, o_k, t_k, α, w), numbers from its
`num`, so the pane writes them exactly as the inspector does.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from core.teaching.notation import num
from core.teaching.practice import Question

_HINT = "background:#fff4e0; color:#7a4100; padding:6px"
_RIGHT = "background:#e8f5e9; color:#1b5e20; padding:6px"


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("PracticePane", text)


def header_html(weight, trace) -> str:
    """'Your turn: Δw₁₂ for sample 4, x = (1, 1), t = (0)'."""
    x = ", ".join(num(v).html for v in trace.x)
    t = ", ".join(num(v).html for v in trace.t)
    return _tr("<b>Your turn:</b> the update of {weight} for sample {row}, x = ({x}), t = ({t})").format(
        weight=weight.html, row=int(getattr(trace, "row", 0)) + 1, x=x, t=t)


def inputs_html(question: Question) -> str:
    """The numbers the question needs, one row per group (a layer, the weights, what was found)."""
    groups: dict[str, list[str]] = {}
    for g in question.inputs:
        groups.setdefault(g.group, []).append(f"{g.symbol.html} = {num(g.value).html}")
    rows = "".join(
        f"<tr><td style='color:#666; padding:1px 10px 1px 0'>{_tr(name)}</td>"
        + "".join(f"<td style='padding:1px 12px 1px 0'>{c}</td>" for c in cells) + "</tr>"
        for name, cells in groups.items())
    return f"<table cellspacing='0'>{rows}</table>"


def question_html(question: Question, number: int, count: int) -> str:
    return _tr("<p style='margin:4px 0'>Question {n} of {count}: <b>{symbol} = ?</b></p>"
               "<p style='color:#5a5a5a; margin:0'>rule: {rule}</p>").format(
        n=number, count=count, symbol=question.symbol.html, rule=question.rule.html)


def right_html(question: Question, answer: float) -> str:
    return (f"<p style='{_RIGHT}'>"
            + _tr("Right: {symbol} = {key} (you typed {answer}).").format(
                symbol=question.symbol.html, key=num(question.key).html, answer=f"{answer:g}")
            + "</p>")


def hint_html(question: Question, verdict, tries_left: int) -> str:
    if verdict.slip is not None:
        why = _tr("Not quite ({mistake}). {hint}").format(mistake=verdict.slip.mistake.value,
                                                         hint=verdict.slip.hint.html)
    else:
        why = _tr("Not quite: this does not match a common mistake. Check each factor of the rule and "
                  "that you used the numbers shown.")
    more = (_tr(" Try again, or Show solution.") if tries_left > 0 else
            _tr(" The worked solution is below: {symbol} = {key}.").format(
                symbol=question.symbol.html, key=num(question.key).html))
    return f"<p style='{_HINT}'>{why}{more}</p>"


def applied_html(trace, weight, symbol: str) -> str:
    """What the engine applied to the weight asked about (trace: the step's own SampleTrace)."""
    l, to, frm = weight
    applied = float(trace.applied_db[l][to] if frm < 0 else trace.applied_dW[l][to, frm])
    key = float(trace.db[l][to] if frm < 0 else trace.dW[l][to, frm])
    msg = _tr("Step applied exactly as the engine computes it: Δ{w} = {dw} was added to {w}.").format(
        w=symbol, dw=num(applied).html)
    if applied != key:
        msg += " " + _tr("(Batch, momentum or L2 made the applied change differ from α δ a = {key}.)").format(
            key=num(key).html)
    return f"<p>{msg}</p>"


def parse_number(s: str) -> float | None:
    """A typed number: '−0.041', '-4.1e-2', '0,041' (decimal comma) all read; None if it is not one."""
    s = s.strip().replace("−", "-").replace("×10^", "e").replace(" ", "")
    if s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")
    try:
        v = float(s)
    except ValueError:
        return None
    return v if np.isfinite(v) else None
