# expect: clean
"""Pottery-wheel wall-collapse forecasting with early stopping on a state-dict snapshot.

Validation runs in eval mode; the best weights are kept as a state dict. After training stops,
a fresh model is built from the factory, the best weights are loaded into it, and it is
fine-tuned on the studio's own throws.
"""
import copy

import torch
from torch import nn
from torch.nn import functional as F


def build_model(hidden=10):
    return WallGRU(hidden)


class WallGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True)  # wheel rpm, wall height, thickness, water
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def throws(bs=6, T=10, seed=None):
    g = torch.Generator().manual_seed(seed) if seed is not None else None
    x = torch.rand(bs, T, 4, generator=g)
    y = (x[:, :, 1].mean(1) / (x[:, :, 2].mean(1) + 0.2) > 1.2).float()
    return x, y


def fit_with_early_stopping(model, patience=2, max_epochs=6):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = throws(12, seed=0)
    best, best_state, bad = float("inf"), None, 0
    for epoch in range(max_epochs):
        model.train()
        for _ in range(3):
            x, y = throws()
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            vl = F.binary_cross_entropy_with_logits(model(val[0]), val[1]).item()
        if vl < best:
            best, best_state, bad = vl, copy.deepcopy(model.state_dict()), 0
        else:
            bad += 1
            if bad >= patience:
                print(f"early stop at epoch {epoch}")
                break
    return best, best_state


if __name__ == "__main__":
    torch.manual_seed(29)
    model = build_model()
    best, state = fit_with_early_stopping(model)
    print(f"best val {best:.4f}")
    studio = build_model()
    studio.load_state_dict(state)
    opt = torch.optim.SGD(studio.parameters(), lr=1e-2)
    for step in range(3):
        x, y = throws()
        loss = F.binary_cross_entropy_with_logits(studio(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"studio fine-tune {step}: {loss.item():.4f}")
