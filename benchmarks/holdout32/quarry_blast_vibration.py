# expect: crash
"""Quarry blasting: predict peak particle velocity from geophone traces.

An LR finder sweeps learning rates, then restores the weights it saved.
The restore reloads the state dict but the model was put in eval mode by the
finder's validation probe, and nothing switches it back before fine-tuning.
"""
import copy
import math

import torch
import torch.nn as nn

torch.manual_seed(0)


class BlastNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


def make_batches(n=6, b=4, t=7):
    return [(torch.randn(b, t, 3), torch.rand(b)) for _ in range(n)]


def probe(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(float(nn.functional.mse_loss(model(x), y)) for x, y in batches) / len(batches)


def lr_find(model, batches, lo=1e-4, hi=1e-1, steps=5):
    saved = copy.deepcopy(model.state_dict())
    best_lr, best = lo, math.inf
    for i in range(steps):
        lr = lo * (hi / lo) ** (i / (steps - 1))
        model.train()
        opt = torch.optim.SGD(model.parameters(), lr=lr)
        x, y = batches[i % len(batches)]
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
        val = probe(model, batches[:2])
        if val < best:
            best, best_lr = val, lr
    model.load_state_dict(saved)
    return best_lr


def fine_tune(model, batches, lr, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for ep in range(epochs):
        total = 0.0
        for x, y in batches:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            total += loss.item()
        print(f"epoch {ep} loss {total / len(batches):.4f}")


def main():
    batches = make_batches()
    model = BlastNet()
    lr = lr_find(model, batches)
    print("chosen lr", lr)
    fine_tune(model, batches, lr)


if __name__ == "__main__":
    main()
