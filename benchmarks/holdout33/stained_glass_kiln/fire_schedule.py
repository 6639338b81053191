# expect: clean
"""Stained-glass kilns: predict whether a firing will craze the glass from the
kiln's temperature ramp.

Batches come from a generator that owns the model's mode: it switches to
eval before handing out validation batches and back to train before training
batches.
"""
import torch
import torch.nn.functional as F

from kiln_data import firing_batches
from kiln_model import RampClassifier
from stream import interleaved


def main():
    torch.manual_seed(8)
    model = RampClassifier(hidden=10)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    train, val = firing_batches(20), firing_batches(6)
    seen = {"train": 0, "val": 0}
    val_acc = []
    for epoch in range(2):
        for phase, (x, y) in interleaved(model, train, val, every=2):
            seen[phase] += 1
            if phase == "val":
                with torch.no_grad():
                    val_acc.append((model(x).argmax(-1) == y).float().mean().item())
                continue
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    print(seen, "last val acc", round(val_acc[-1], 3))


if __name__ == "__main__":
    main()
