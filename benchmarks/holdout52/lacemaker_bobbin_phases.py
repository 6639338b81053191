# expect: crash
"""Lacemaker: predict thread tension from bobbin-swap sequences on the pillow.

A phase generator drives the epochs: it switches the model's mode and then
yields ("train", batch) or ("val", batch) pairs.
"""
import logging
import math

import torch
import torch.nn as nn

log = logging.getLogger("lacemaker")
logging.basicConfig(level=logging.INFO, format="[%(name)s] %(message)s")

N_BOBBINS = 12


class TensionModel(nn.Module):
    def __init__(self, emb=6, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(N_BOBBINS, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, swaps):
        out, _ = self.gru(self.emb(swaps))
        return self.head(out).squeeze(-1)


def phases(model, train_batches, val_batches, epochs):
    for epoch in range(epochs):
        model.train()
        for b in train_batches:
            yield "train", epoch, b
        model.eval()
        for b in val_batches:
            yield "val", epoch, b


def make(n, length=8, batch=4):
    swaps = torch.randint(0, N_BOBBINS, (n, length))
    tension = torch.sin(swaps.float()).cumsum(1) / math.sqrt(length)
    return [(swaps[i:i + batch], tension[i:i + batch]) for i in range(0, n, batch)]


def main():
    torch.manual_seed(4)
    model = TensionModel()
    opt = torch.optim.RMSprop(model.parameters(), lr=3e-3)
    schedule = list(phases(model, make(12), make(4), epochs=2))
    log.info("%d scheduled steps", len(schedule))
    val_losses = {}
    for i, (phase, epoch, (swaps, tension)) in enumerate(schedule):
        if phase == "train":
            loss = nn.functional.mse_loss(model(swaps), tension)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        else:
            with torch.no_grad():
                val_losses.setdefault(epoch, []).append(nn.functional.mse_loss(model(swaps), tension).item())
    for epoch, ls in sorted(val_losses.items()):
        log.info("epoch %d val %.4f", epoch, sum(ls) / len(ls))


if __name__ == "__main__":
    main()
