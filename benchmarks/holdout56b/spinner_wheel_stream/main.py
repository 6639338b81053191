# expect: crash
"""Spinning-wheel treadle sensor: classify yarn weight (lace / DK / bulky)
from the treadle-speed trace.  Batches come from a generator that interleaves
held-out batches and switches the model's mode around them."""
import torch

from wheel.model import TreadleLSTM
from wheel.stream import interleaved
from wheel.metrics import RunningMean


def main():
    torch.manual_seed(21)
    model = TreadleLSTM()
    opt = torch.optim.RMSprop(model.parameters(), lr=2e-3)
    train_loss, val_acc = RunningMean(), RunningMean()
    for kind, (x, y) in interleaved(model, n_batches=9, every=3):
        if kind == "val":
            with torch.no_grad():
                val_acc.add((model(x).argmax(-1) == y).float().mean().item())
            continue
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        train_loss.add(loss.item())
    print("train loss", round(train_loss.value, 4), "val acc", round(val_acc.value, 3))


if __name__ == "__main__":
    main()
