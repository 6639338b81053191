# expect: crash
"""Malt-floor germination: predict when to turn the grain bed from temperature probes.

Early stopping watches the gradient norm of the validation loss on a held-out
floor: once the gradient flattens out, further turning-rules are noise.
"""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class GerminationNet(nn.Module):
    def __init__(self, probes=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(probes, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def features(self, temps):
        h, _ = self.lstm(temps)
        return h[:, -1]

    def forward(self, temps):
        return self.head(self.features(temps)).squeeze(-1)


def floor_readings(n, batch=6, hours=8, probes=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        t = 14 + torch.randn(batch, hours, probes, generator=g)
        out.append((t, (t[:, -1].mean(-1) - 14) / 2))
    return out


def train_epoch(model, opt, batches):
    model.train()
    for temps, turn in batches:
        loss = F.mse_loss(model(temps), turn)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.mse_loss(model(t), y).item() for t, y in batches) / len(batches)


def grad_norm(model, batches):
    """Gradient norm of the validation loss w.r.t. every weight of the model."""
    temps, turn = batches[0]
    loss = F.mse_loss(model(temps), turn)
    grads = torch.autograd.grad(loss, [p for p in model.parameters() if p.requires_grad])  # TM001-here
    return torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--patience-norm", type=float, default=1e-4)
    args = ap.parse_args(argv)

    torch.manual_seed(0)
    model = GerminationNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train, held_out = floor_readings(4), floor_readings(2, seed=3)
    for epoch in range(args.epochs):
        tr = train_epoch(model, opt, train)
        va = validate(model, held_out)
        gn = grad_norm(model, held_out)
        print(f"epoch {epoch}: train {tr:.4f} val {va:.4f} grad {gn:.2e}")
        if gn < args.patience_norm:
            print("gradient flat, stopping")
            break


if __name__ == "__main__":
    main()
