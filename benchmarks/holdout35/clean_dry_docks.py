# expect: clean
"""Dry-dock hull-survey scheduler: predicts days until a vessel needs docking.

Self-distillation across epochs: the best snapshot so far is kept, and if an
epoch does not improve the validation error the run rewinds to that snapshot.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class HullModel(nn.Module):
    def __init__(self, n_feats=6, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(n_feats, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, voyages):
        h, _ = self.rnn(voyages)
        return self.head(h[:, -1]).squeeze(-1)


def voyages(n, batch=4, legs=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, legs, 6, generator=g), torch.rand(batch, generator=g) * 90)
            for _ in range(n)]


@torch.no_grad()
def evaluate(model, data):
    model.eval()
    return sum(F.l1_loss(model(x), y).item() for x, y in data) / len(data)


def fit(epochs=4, distil_weight=0.3, min_delta=0.5):
    torch.manual_seed(6)
    train, val = voyages(3, seed=1), voyages(2, seed=2)
    model = HullModel()
    model.train()
    best, best_err, teacher = None, float("inf"), None
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(epochs):
        for x, y in train:
            pred = model(x)
            loss = F.l1_loss(pred, y)
            if teacher is not None:
                with torch.no_grad():
                    soft = teacher(x)
                loss = loss + distil_weight * F.mse_loss(pred, soft)
            opt.zero_grad()
            loss.backward()
            opt.step()
        err = evaluate(model, val)
        print(f"epoch {epoch}: val MAE {err:.2f}")
        if err < best_err - min_delta:
            best, best_err = copy.deepcopy(model), err
            teacher = best
            model.train()
        else:
            model = copy.deepcopy(best).train()
            opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    return best_err


if __name__ == "__main__":
    print("best MAE", fit())
