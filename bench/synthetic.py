"""Synthetic corpora shaped like ours (for benchmarks only): N papers built from the seeds'
real extractions with shuffled concepts, so graphs have realistic shape and sharing."""

from __future__ import annotations

import copy
import random

from extract.model import PaperExtraction


def synthetic(base: list[PaperExtraction], n: int, seed: int = 7) -> list[PaperExtraction]:
    rng = random.Random(seed)
    concepts = sorted({c.id: c for x in base for c in x.concepts}.values(), key=lambda c: c.id)
    out = []
    for i in range(n):
        x = copy.deepcopy(base[i % len(base)])
        x.paper.id = f"p-synth{i:08d}"
        x.paper.sha256 = f"{i:064x}"
        x.paper.file = f"synthetic-{i}.txt"
        x.paper.title = f"Synthetic paper {i}: {x.paper.title}"
        for m in x.mechanisms:
            if rng.random() < 0.5:
                c = rng.choice(concepts)
                m.effect, m.effect_id = c.label, c.id
            if rng.random() < 0.3:
                m.polarity = rng.choice(["positive", "negative", "none", "mixed"])
        used = {m.cause_id for m in x.mechanisms} | {m.effect_id for m in x.mechanisms}
        x.concepts = [c for c in concepts if c.id in used]
        out.append(x)
    return out
