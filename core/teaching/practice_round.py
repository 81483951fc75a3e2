"""One practice round (the questions for one weight on one sample) and the record of all rounds.

A question allows `TRIES` answers: a right one moves on; the first wrong one gets a hint (the slip
it matches, core/teaching/practice.py), the second wrong one, or asking for it, shows the worked
solution and moves on. The record keeps every question's outcome (right first time, right after a
hint, solution shown) for the score line and for a teacher's CSV/JSON (core/files/practice_export.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from core.teaching.practice import Question, Verdict, check

TRIES = 2


class Outcome(enum.Enum):
    RIGHT_FIRST_TIME = "right first time"
    RIGHT_WITH_HINT = "right after a hint"
    SOLUTION_SHOWN = "solution shown"


@dataclass
class Entry:
    """One question answered: what was asked, the key, the answers typed, the hints given."""

    sample: int
    weight: str
    quantity: str
    key: float
    answers: list[float] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)  # Mistake values, or "no common mistake"
    outcome: Outcome | None = None

    def as_dict(self) -> dict:
        return {"sample": self.sample, "weight": self.weight, "quantity": self.quantity,
                "key": self.key, "answers": list(self.answers), "hints": list(self.hints),
                "outcome": self.outcome.value if self.outcome else ""}


@dataclass
class PracticeRecord:
    """Every question answered in this window, oldest first."""

    entries: list[Entry] = field(default_factory=list)

    def score(self) -> dict[Outcome, int]:
        counts = {o: 0 for o in Outcome}
        for e in self.entries:
            if e.outcome is not None:
                counts[e.outcome] += 1
        return counts

    def summary(self) -> str:
        """'5 questions: 3 right first time, 1 after a hint, 1 solution shown'."""
        c = self.score()
        n = sum(c.values())
        return (f"{n} question{'s' if n != 1 else ''}: {c[Outcome.RIGHT_FIRST_TIME]} right first time, "
                f"{c[Outcome.RIGHT_WITH_HINT]} after a hint, {c[Outcome.SOLUTION_SHOWN]} solution shown")


class PracticeRound:
    """The questions about one weight, asked in order; answers go into `record`."""

    def __init__(self, questions, record: PracticeRecord, sample: int, weight: str):
        self.questions: tuple[Question, ...] = tuple(questions)
        self.record = record
        self.sample, self.weight = sample, weight
        self.index = 0
        self._entry: Entry | None = None
        self._open()

    @property
    def done(self) -> bool:
        return self.index >= len(self.questions)

    @property
    def current(self) -> Question | None:
        return None if self.done else self.questions[self.index]

    @property
    def tries_left(self) -> int:
        return TRIES - len(self._entry.answers) if self._entry else 0

    def answer(self, value: float) -> Verdict:
        """Check `value` against the current question; moves on when right or out of tries."""
        q, e = self.current, self._entry
        if q is None or e is None:
            raise RuntimeError("the round is over")
        verdict = check(q, value)
        e.answers.append(float(value))
        if verdict.right:
            self._close(Outcome.RIGHT_FIRST_TIME if len(e.answers) == 1 else Outcome.RIGHT_WITH_HINT)
        else:
            e.hints.append(verdict.slip.mistake.value if verdict.slip else "no common mistake")
            if len(e.answers) >= TRIES:
                self._close(Outcome.SOLUTION_SHOWN)
        return verdict

    def reveal(self) -> Question:
        """Give up on the current question: its solution is shown, the round moves on."""
        q = self.current
        if q is None:
            raise RuntimeError("the round is over")
        self._close(Outcome.SOLUTION_SHOWN)
        return q

    def _open(self) -> None:
        q = self.current
        self._entry = None if q is None else Entry(self.sample, self.weight, q.symbol.plain, q.key)

    def _close(self, outcome: Outcome) -> None:
        self._entry.outcome = outcome
        self.record.entries.append(self._entry)
        self.index += 1
        self._open()
