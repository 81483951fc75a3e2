"""A Derivation (core/teaching/derivation.py) as Qt rich text or plain unicode.

The rich text uses only what QTextDocument renders: <p>, <table>, <sub>/<sup>, <b>, colour.
Each equation reads top to bottom as in the seed: the rule with index letters, the same rule with
this unit's indices, the numbers in place, and the value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.i18n import translate
from core.teaching.notation import num

if TYPE_CHECKING:
    from core.teaching.derivation import Derivation

_RULE = "#5a5a5a"
_NOTE = "#444444"


def _steps(eq) -> list:
    """The right-hand sides worth showing: a step equal to the previous one is left out."""
    steps = [eq.indexed] if eq.indexed != eq.lhs else []
    if eq.numbers != num(eq.value):
        steps.append(eq.numbers)
    return steps


def _equation_html(eq) -> str:
    pad = "&nbsp;" * 4
    rule = "" if eq.rule == eq.lhs else (
        f'<p style="margin:6px 0 2px 0; color:{_RULE}">'
        + translate("DerivationRender", "rule: &nbsp;{rule}").format(rule=eq.rule.html) + "</p>")
    lines = [eq.lhs.html] + [s.html for s in _steps(eq)] + [f"<b>{num(eq.value).html}</b>"]
    body = f" = {lines[1]}" + "".join(f"<br>{pad}= {x}" for x in lines[2:])
    return f'{rule}<p style="margin:0 0 8px 0">{lines[0]}{body}</p>'


def render_html(d: Derivation) -> str:
    """The derivation as rich text: title, equations, a table of the factors, notes."""
    out = [f'<p style="font-size:large; margin-bottom:4px"><b>{d.title.html}</b></p>']
    out += [_equation_html(eq) for eq in d.equations]
    if d.applied is not None:
        why = "".join(f"<li>{w}</li>" for w in d.applied_why) or ("<li>" + translate(
            "DerivationRender", "momentum, L2 decay or a batch (a batch applies its average once it is full, and "
            "nothing before).") + "</li>")
        out.append(
            f'<p style="color:{_NOTE}; margin-bottom:0">'
            + translate("DerivationRender", "Applied to the weight this step: <b>{value}</b>. It differs from α δ a "
                        "because of").format(value=num(d.applied).html) + "</p>"
            f'<ul style="color:{_NOTE}; margin-top:0">{why}</ul>')
    if d.terms:
        rows = "".join(
            f"<tr><td>{t.symbol.html}</td><td align='right'>&nbsp;{num(t.value).html}&nbsp;</td>"
            f"<td style='color:{_NOTE}'>{t.meaning}</td></tr>"
            for t in d.terms)
        out.append(f"<table cellspacing='0' cellpadding='2' style='margin-top:4px'>{rows}</table>")
    if d.sum_items:
        out.append(f'<p style="color:{_NOTE}; margin-top:6px">' + translate(
            "DerivationRender", "Each term of the sum is one path from this unit to the next layer: the weight on "
            "that path times the δ at its end.") + "</p>")
    if d.feeds is not None:
        out.append(f'<p style="margin-top:6px">{d.feeds.html}</p>')
    out += [f'<p style="color:{_NOTE}">{n.html}</p>' for n in d.notes]
    return "".join(out)


def render_plain(d: Derivation) -> str:
    """The derivation in plain unicode, one line per step."""
    lines = [d.title.plain]
    for eq in d.equations:
        if eq.rule != eq.lhs:
            lines.append(translate("DerivationRender", "rule: {rule}").format(rule=eq.rule.plain))
        lines.append(" = ".join([eq.lhs.plain] + [s.plain for s in _steps(eq)]
                                + [num(eq.value).plain]))
    if d.applied is not None:
        lines.append(translate("DerivationRender", "applied this step: {value}").format(value=num(d.applied).plain))
        lines += ["  " + translate("DerivationRender", "because of {reason}").format(reason=w) for w in d.applied_why]
    if d.feeds is not None:
        lines.append(d.feeds.plain)
    lines += [n.plain for n in d.notes]
    return "\n".join(lines)
