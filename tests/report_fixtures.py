"""An invented, realistic-looking analysed output folder for report and chart tests.

``make_output(path, hostile=True)`` writes documents.csv, statements.csv,
frame_hits.csv, run.json and a small lexicon, as ``narrative analyze`` would.
With ``hostile`` the corpus carries HTML/script payloads in names, quotes,
comments, titles, outlets, URLs and frame-hit contexts.
"""
from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pandas as pd

#: Payloads that would run or render if any layer forgot to escape. The first two set a DOM
#: marker / the title, so the browser test can tell whether they ran.
PAYLOADS = [
    "<script>document.documentElement.setAttribute('data-pwned','script');alert(1)</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img');alert(1)\">",
    "\"</script><script>document.title='PWNED'</script>",
    "<svg onload=alert(1)>",
    "&lt;already escaped&gt; & \u2028line\u2029sep",
]

LEXICON = """frames:
  - id: security
    label: Security threat
    definition: The issue is framed as a threat to national security.
    patterns: [threat*, secur*, enem*, terror*]
  - id: cost
    label: Economic cost
    definition: Money, prices, budgets and jobs.
    patterns: [cost*, price*, budget*, billion*]
  - id: humanitarian
    label: Humanitarian
    definition: Civilian suffering, refugees, aid.
    patterns: [civilian*, refugee*, aid, famil*]
  - id: sovereignty
    label: Sovereignty
    definition: Independence, foreign interference.
    patterns: [sovereign*, interfer*, foreign]
  - id: blame
    label: Blame & responsibility
    definition: Someone is held responsible.
    patterns: [blame*, fault, responsib*]
"""

OUTLETS = ["Harbor Post", "Northern Gazette", "The Daily Ledger", "Wire Service"]
SPEAKERS = [  # name, role, frame weights, stance bias
    ("Gen. Karim Haddad", "official", {"security": 0.7, "sovereignty": 0.4}, 0.5),
    ("Minister Ana Ruiz", "official", {"cost": 0.6, "security": 0.2}, 0.2),
    ("Foreign Ministry spokesman", "official", {"sovereignty": 0.7, "blame": 0.3}, 0.4),
    ("Mayor Tom Lee", "official", {"humanitarian": 0.4, "cost": 0.3}, -0.1),
    ("Red Crescent", "organization", {"humanitarian": 0.9}, -0.3),
    ("Dr. Leila Nasser, analyst", "other", {"cost": 0.3, "blame": 0.3}, -0.2),
    ("Sen. Paul Grant", "official", {"blame": 0.5, "security": 0.3}, -0.5),
]
COMMENTERS = ["reader_77", "J. Miller", "patriot1979", "Sam K.", "anon", "Maria G."]
WORDS = {
    "security": ["the threat at our borders", "security of every city", "enemies of the state",
                 "terrorists must be stopped"],
    "cost": ["the cost is 4 billion", "prices keep rising", "the budget cannot carry this"],
    "humanitarian": ["civilians are paying the price", "refugees need aid now", "families were displaced"],
    "sovereignty": ["foreign interference will not be tolerated", "our sovereign decision"],
    "blame": ["the government is responsible", "they blame the other side", "it is their fault"],
}
FILLER = ["we will continue", "nothing has changed", "this is the right course", "time will tell",
          "people deserve answers", "the numbers speak for themselves"]


def make_output(out: Path, n_docs: int = 14, hostile: bool = False, seed: int = 0,
                dates: bool = True) -> Path:
    """Write an analysed-output folder at ``out`` and return it."""
    rng = random.Random(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    lex_path = out / "frames.yaml"
    lex_path.write_text(LEXICON, encoding="utf-8")
    speakers = list(SPEAKERS)
    commenters = list(COMMENTERS)
    outlets = list(OUTLETS)
    if hostile:
        speakers.append((PAYLOADS[0], "official", {"security": 0.8}, 0.3))
        speakers.append((PAYLOADS[2], "official", {"cost": 0.8}, -0.3))
        commenters.append(PAYLOADS[1])
        outlets.append(PAYLOADS[3])
    docs, stmts, hits = [], [], []
    for d in range(n_docs):
        doc_id = f"doc{d:02d}"
        outlet = outlets[d % len(outlets)]
        date = f"2016-{1 + d % 6:02d}-{1 + (d * 3) % 27:02d}" if dates else ""
        dup_of = "doc01" if d == n_docs - 1 and n_docs > 2 else ""
        title = f"Officials defend mission as costs mount ({d})"
        if hostile and d == 0:
            title = PAYLOADS[0] + " headline"
        docs.append(dict(doc_id=doc_id, path=f"corpus/{doc_id}.txt", outlet=outlet, title=title,
                         author="Lena Varga", date=date,
                         url=("javascript:alert(1)" if hostile and d == 1 else f"https://example.org/{doc_id}"),
                         n_chars=4000, n_statements=0, duplicate_of=dup_of, status="ok"))
        n = 0
        pos = 0

        def add(speaker, role, kind, frames, stance):
            nonlocal n, pos
            n += 1
            parts = [rng.choice(WORDS[f]) for f in frames] + [rng.choice(FILLER)]
            rng.shuffle(parts)
            text = (", ".join(parts)).capitalize() + "."
            if hostile and rng.random() < 0.3:
                text += " " + rng.choice(PAYLOADS)
            sid = f"{doc_id}:{n}"
            stmts.append(dict(statement_id=sid, doc_id=doc_id, outlet=outlet, date=date, speaker=speaker,
                              speaker_role=role, speaker_mention=speaker.split(",")[0], kind=kind,
                              cue="said" if kind != "comment" else "wrote:", text=text, start=pos,
                              end=pos + len(text), duplicate=bool(dup_of), frames=";".join(frames),
                              stance=stance, stance_evidence=""))
            for f in frames:
                w = next(p for p in WORDS[f] if p in text) if any(p in text for p in WORDS[f]) else WORDS[f][0]
                key = max(w.split(), key=len)  # the content word a pattern would catch
                j = text.lower().find(key.lower())
                if j < 0:
                    j, key = 0, text.split()[0]
                hits.append(dict(statement_id=sid, doc_id=doc_id, frame=f, pattern=key[:6].lower() + "*",
                                 matched=text[j:j + len(key)], start=pos + j, end=pos + j + len(key),
                                 left=text[:j][-40:] + (PAYLOADS[2] if hostile and f == "cost" else ""),
                                 right=text[j + len(key):][:40]))
            pos += len(text) + 1

        for _ in range(rng.randint(2, 4)):  # narration
            fr = [f for f in WORDS if rng.random() < 0.25]
            add("Lena Varga", "author", "narration", fr, round(rng.uniform(-0.4, 0.4), 2))
        for name, role, weights, bias in rng.sample(speakers, k=min(len(speakers), rng.randint(3, 5))):
            for _ in range(rng.randint(1, 3)):
                fr = [f for f, w in weights.items() if rng.random() < w]
                kind = rng.choice(["direct", "direct", "partial", "indirect"])
                stance = round(max(-1, min(1, rng.gauss(bias, 0.3))), 2) if rng.random() < 0.85 else None
                add(name, role, kind, fr, stance)
        for _ in range(rng.randint(2, 5)):  # reader comments
            fr = [f for f in WORDS if rng.random() < (0.4 if f in ("blame", "cost") else 0.15)]
            add(rng.choice(commenters), "commenter", "comment", fr, round(rng.uniform(-1, 0.3), 2))
        docs[-1]["n_statements"] = n
    pd.DataFrame(docs).to_csv(out / "documents.csv", index=False)
    pd.DataFrame(stmts).to_csv(out / "statements.csv", index=False)
    pd.DataFrame(hits).to_csv(out / "frame_hits.csv", index=False)
    run = {"version": "0.1.0", "date": "2026-11-22T16:00:00Z",
           "command": "narrative analyze corpus --out " + str(out),
           "parameters": {"min_n": 5, "stance_target": "the mission", "dedupe": True},
           "lexicons": [{"path": str(lex_path), "sha256": hashlib.sha256(lex_path.read_bytes()).hexdigest()}]}
    (out / "run.json").write_text(json.dumps(run, indent=2), encoding="utf-8")
    return out
