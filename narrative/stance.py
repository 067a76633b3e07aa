"""Stance of each statement toward configurable targets, from the statement's own text.

For each target of ``lexicons/stance.yaml`` (or ``targets:`` in a user lexicon)
the evidence is, in order of strength: the statement's frames (signed
weights), signed cue words and phrases (a negator right before cancels a
cue), and, only where neither gave evidence, the TextBlob polarity of the
clauses that name the target (+) or its opponents (−). The sum is squashed
into [-1, 1] with tanh; no evidence gives 0. Who the speaker is never enters:
aggregates per speaker must measure, not restate an assumption.

Columns added: ``stance`` (first target), ``stance_<target>`` for every target,
``stance_evidence`` (short, human-readable).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .lexicons import load_yaml

NEGATOR = re.compile(r"\b(?:not|no|never|n't|without|hardly)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
CLAUSE = re.compile(r"[^.;:!?\n]+")
TONE_WORD = re.compile(r"[a-z][a-z'\-]*")


def _glob_regex(terms) -> re.Pattern | None:
    parts = []
    for t in sorted({t for t in terms if t}, key=len, reverse=True):
        esc = re.escape(t.lower()).replace(r"\*", r"[\w\-’']*").replace(r"\ ", r"\s+")
        parts.append(esc)
    if not parts:
        return None
    return re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?![\w\-])", re.IGNORECASE)


@dataclass
class Target:
    id: str
    label: str
    frames: dict
    positive: re.Pattern | None
    negative: re.Pattern | None
    good: re.Pattern | None
    bad: re.Pattern | None
    names: re.Pattern | None
    opponents: re.Pattern | None

    @classmethod
    def from_dict(cls, d: dict) -> "Target":
        cues, events = d.get("cues") or {}, d.get("events") or {}
        return cls(d["id"], d.get("label", d["id"]), dict(d.get("frames") or {}),
                   _glob_regex(cues.get("positive", [])), _glob_regex(cues.get("negative", [])),
                   _glob_regex(events.get("good", [])), _glob_regex(events.get("bad", [])),
                   _glob_regex(d.get("names", [])), _glob_regex(d.get("opponents", [])))

    def score(self, text: str, frames: list[str]) -> tuple[float, list[str]]:
        """Stance of ``text`` (with its ``frames``) toward this target, and the evidence.

        >>> t = default_targets()[0]
        >>> s, ev = t.score("the IRGC was routed in a humiliating defeat", [])
        >>> s < 0, ev[0]
        (True, 'event -routed')
        """
        total, evidence = 0.0, []
        for f in frames:
            w = self.frames.get(f)
            if w:
                total += w
                evidence.append(f"frame {'+' if w > 0 else '-'}{f}")
        for sign, regex, event in ((1, self.positive, False), (-1, self.negative, False),
                                   (1, self.good, True), (-1, self.bad, True)):
            if regex is None:
                continue
            for m in regex.finditer(text):
                s = sign
                if event:
                    if NEGATOR.search(text[max(0, m.start() - 30):m.start()]):
                        continue  # "not a strategic setback" is no evidence of a setback
                    s *= self._side(text, m.start())
                total += s
                evidence.append(f"{'event' if event else 'cue'} {'+' if s > 0 else '-'}{m.group(0).lower()}")
        if not evidence and (self.names or self.opponents):
            for clause in CLAUSE.findall(text):
                side = (1 if self.names and self.names.search(clause) else 0) - \
                       (1 if self.opponents and self.opponents.search(clause) else 0)
                if side:
                    pol = _polarity(clause)
                    if abs(pol) >= 0.35:  # weak tone is noise, not stance
                        total += 0.5 * side * pol
                        evidence.append(f"tone {pol:+.2f} toward {'target' if side > 0 else 'opponents'}")
        return (math.tanh(total) if evidence else 0.0), evidence


    def _side(self, text: str, pos: int) -> int:
        """-1 when the clause around ``pos`` names only the opponents, else +1."""
        a = max(text.rfind(c, 0, pos) for c in ".;:!?\n") + 1
        ends = [i for i in (text.find(c, pos) for c in ".;:!?\n") if i >= 0]
        clause = text[a:min(ends) if ends else len(text)]
        target = bool(self.names and self.names.search(clause))
        opponent = bool(self.opponents and self.opponents.search(clause))
        return -1 if opponent and not target else 1


@lru_cache(maxsize=1)
def _sentiment_lexicon():
    from textblob.en import polarity, sentiment

    return polarity, frozenset(w for w in sentiment.keys() if isinstance(w, str))


def _polarity(text: str) -> float:
    """TextBlob's pattern polarity (the same number as ``TextBlob(text).sentiment.polarity``).

    Called directly, without building a blob, and skipped for clauses without a single word of its
    lexicon (their polarity is 0): most clauses of news text.

    >>> _polarity("a brave and heroic defence"), _polarity("troops moved north")
    (0.75, 0.0)
    """
    polarity, words = _sentiment_lexicon()
    if words.isdisjoint(TONE_WORD.findall(text.lower())):
        return 0.0
    return polarity(text)


@lru_cache(maxsize=1)
def default_targets() -> tuple[Target, ...]:
    """The targets shipped in ``lexicons/stance.yaml``."""
    return tuple(Target.from_dict(d) for d in load_yaml("stance.yaml").get("targets", []))


def targets_for(lexicon=None) -> tuple[Target, ...]:
    """Targets of a user lexicon (``targets:``) if it has any, else the shipped ones."""
    extra = list(getattr(lexicon, "targets", None) or [])
    return tuple(Target.from_dict(d) for d in extra) or default_targets()


def score_stance(statements: pd.DataFrame, lexicon=None) -> pd.DataFrame:
    """Add ``stance``, ``stance_<target>`` and ``stance_evidence`` columns to ``statements``.

    >>> df = pd.DataFrame({"text": ["Victory is ours", "Thanks for the report"], "frames": ["", ""]})
    >>> score_stance(df)["stance"].round(2).tolist()
    [0.76, 0.0]
    """
    out = statements.copy()
    targets = targets_for(lexicon)
    if out.empty or not targets:
        out["stance"] = pd.Series(dtype=float)
        out["stance_evidence"] = pd.Series(dtype=str)
        return out
    frames = [[f for f in str(v or "").split(";") if f] for v in out.get("frames", [""] * len(out))]
    evid_all = []
    for i, target in enumerate(targets):
        scores, evids = [], []
        for text, fr in zip(out["text"].astype(str), frames):
            s, ev = target.score(text, fr)
            scores.append(round(s, 4))
            evids.append(ev)
        out[f"stance_{target.id}"] = scores
        if i == 0:
            out["stance"] = scores
            evid_all = evids
    out["stance_evidence"] = ["; ".join(ev[:4]) for ev in evid_all]
    return out
