"""Generated training scripts for the scheduling and memory tests."""

from __future__ import annotations

from .conftest import MODEL

_BLOCK = '''

def step_{n}(model, batch, target, optimizer):
    """Training step {n}."""
    model.train()
    optimizer.zero_grad()
    prediction = model(batch)
    loss = ((prediction - target) ** 2).mean()
    loss.backward()
    optimizer.step()
    total = 0.0
    for value in range({n} % 7 + 1):
        total += value * 0.5
    return loss.item() + total
'''


def big_training_script(lines: int) -> str:
    """A safe training script of about `lines` lines (many small training steps)."""
    # "SLOW" is a marker a developer's stand-in engine may use; the real engine ignores comments.
    parts = [MODEL, "# SLOW: a big generated file\n"]
    total = MODEL.count("\n") + 1
    n = 0
    while total < lines:
        block = _BLOCK.format(n=n)
        parts.append(block)
        total += block.count("\n")
        n += 1
    return "".join(parts)
