"""Generate a deterministic ~5,000-line module-level PyTorch script for the latency benchmark (issue 12).

The shape of research scripts and of notebooks exported to .py: short experiments one after another at
the top level — a small model class, then the data, the loop, an evaluation — reusing names such as
`model` and `optimizer` from one experiment to the next. Some experiments forget `train()` after their
evaluation, so the analysis has real findings to keep up to date.

    python benchmarks/gen_module_script.py [OUT.py] [--lines 5000] [--seed 0]
"""

from __future__ import annotations

import argparse
import ast
import random
import sys

HEADER = '''\
"""Experiments on sequence models, one after another (generated benchmark input)."""
import math
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
'''

MODEL = '''
# --- experiment {i}: {rnn} {features}->{hidden} ---
class Net{i}(nn.Module):
    def __init__(self, features={features}, hidden={hidden}, classes={classes}):
        super().__init__()
        self.rnn = nn.{rnn}(features, hidden, batch_first=True)
        self.dropout = nn.Dropout(0.{dropout})
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(self.dropout(out[:, -1]))


{model} = Net{i}()
{opt} = torch.optim.{optim}({model}.parameters(), lr={lr})
batches = [(torch.randn({batch}, {steps}, {features}), torch.randint(0, {classes}, ({batch},))) for _ in range({n})]
history = []
'''

LOOP_CORRECT = '''for epoch in range({epochs}):
    {model}.train()
    for x, y in batches:
        loss = F.cross_entropy({model}(x), y)
        {opt}.zero_grad()
        loss.backward()
        {opt}.step()
    {model}.eval()
    with torch.no_grad():
        accuracy = sum((({model}(x).argmax(-1) == y).float().mean().item()) for x, y in batches) / len(batches)
    history.append(accuracy)
    print("experiment {i} epoch", epoch, "accuracy", round(accuracy, 3))
'''

# The same loop with `train()` once before it: the evaluation's eval() stays on for every later epoch.
LOOP_BUGGY = "{model}.train()\n" + LOOP_CORRECT.replace("    {model}.train()\n", "", 1)

ANALYSIS = '''
best = max(history) if history else 0.0
scores = {{"experiment": {i}, "best": best, "last": history[-1] if history else None}}
if best > 0.5:
    print("experiment {i} reached", round(best, 3))
else:
    print("experiment {i} below chance:", [round(h, 2) for h in history])
'''


def generate(target_lines: int = 5000, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts = [HEADER]
    lines = HEADER.count("\n")
    i = 0
    while lines < target_lines:
        fields = dict(i=i, rnn=rng.choice(["LSTM", "GRU", "RNN"]), features=rng.choice([4, 8, 16]),
                      hidden=rng.choice([16, 32, 64]), classes=rng.choice([2, 3, 5]), dropout=rng.randrange(1, 5),
                      model="model" if rng.random() < 0.6 else f"model_{i}",
                      opt="optimizer" if rng.random() < 0.6 else f"opt_{i}",
                      optim=rng.choice(["Adam", "SGD", "AdamW"]), lr=rng.choice(["1e-3", "3e-4", "0.01"]),
                      batch=rng.choice([4, 8]), steps=rng.choice([5, 7, 9]), n=rng.choice([2, 3]),
                      epochs=rng.choice([2, 3]))
        loop = LOOP_BUGGY if rng.random() < 0.2 else LOOP_CORRECT
        block = (MODEL + loop + ANALYSIS).format(**fields)
        parts.append(block)
        lines += block.count("\n")
        i += 1
    text = "".join(parts)
    ast.parse(text)  # the generator must produce valid Python
    return text


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?")
    parser.add_argument("--lines", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    text = generate(args.lines, args.seed)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
