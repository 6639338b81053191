# expect: crash
"""Lapidary polish monitor: vibration spectra from the polishing wheel, one
frame per second -> surface roughness of the gemstone facet.

Batches come from a generator that also owns the model's mode: it interleaves
training batches with a scoring pass every few steps."""
import logging
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("lapidary")
SETTINGS = {"bands": 5, "hidden": 8, "every": 2, "n_train": 6, "n_val": 2, "lr": 3e-3}


class PolishNet(nn.Module):
    def __init__(self, bands, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(bands)
        self.rnn = nn.LSTM(bands, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return self.out(h[:, -1]).squeeze(-1)


def facet_batch(batch=4, frames=6, bands=5):
    x = torch.rand(batch, frames, bands)
    return x, x[..., -2:].mean(dim=(1, 2)) - 0.2 * x[..., 0].mean(1)


def phase_stream(model, n_train, n_val, every):
    """Yields ("fit", batch) and ("score", batch) items and sets the mode for each."""
    model.train()
    for step in range(n_train):
        yield "fit", facet_batch()
        if (step + 1) % every == 0:
            model.eval()
            for _ in range(n_val):
                yield "score", facet_batch()


def main():
    torch.manual_seed(2)
    random.seed(2)
    model = PolishNet(SETTINGS["bands"], SETTINGS["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=SETTINGS["lr"])
    fit_losses, scores = [], []
    for kind, (x, y) in phase_stream(model, SETTINGS["n_train"], SETTINGS["n_val"], SETTINGS["every"]):
        if kind == "fit":
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            fit_losses.append(loss.item())
        else:
            with torch.no_grad():
                scores.append(F.l1_loss(model(x), y).item())
    print("fit", [round(v, 4) for v in fit_losses])
    print("score", [round(v, 4) for v in scores])


if __name__ == "__main__":
    main()
