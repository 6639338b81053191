# expect: clean
"""Hurdlemaker: predict withy (willow rod) breakage while weaving hurdles from bend-sensor traces.

Batches come from one generator that interleaves training and periodic validation and owns the
model's mode; the loop below just consumes it.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("hurdles")


class WithyNet(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.body = nn.ModuleDict({
            "rnn": nn.LSTM(n_in, hidden, batch_first=True),
            "drop": nn.Dropout(0.2),
        })
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.body["rnn"](x)
        return self.head(self.body["drop"](h[:, -1]))


def rods(n, length=9):
    x = torch.randn(n, length, 4)
    return list(zip(x.split(4), (x[:, :, 0].sum(1) > 0).long().split(4)))


def phase_stream(model, train_batches, val_batches, epochs, val_every):
    """Yields ("train", batch) and ("val", batch); switches the model's mode itself."""
    model.train()
    for epoch in range(epochs):
        for i, batch in enumerate(train_batches, 1):
            yield "train", batch
            if i % val_every == 0:
                model.eval()
                for vb in val_batches:
                    yield "val", vb
                model.train()
                yield "train", train_batches[0]


def run(model, stream, opt):
    stats = {"train": [], "val": []}
    for phase, (x, y) in stream:
        if phase == "train":
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
            stats["train"].append(loss.item())
        else:
            with torch.no_grad():
                stats["val"].append((model(x).argmax(-1) == y).float().mean().item())
    return stats


def main():
    torch.manual_seed(19)
    model = WithyNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    stream = phase_stream(model, rods(16), rods(8), epochs=2, val_every=2)
    stats = run(model, stream, opt)
    print("train steps", len(stats["train"]), "val acc %.3f" % (sum(stats["val"]) / len(stats["val"])))


if __name__ == "__main__":
    main()
