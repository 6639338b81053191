# expect: crash
"""Quarry blast vibration forecaster: LR range test that restores the weights afterwards."""
import copy
import math

import torch
import torch.nn as nn

torch.manual_seed(0)


class BlastNet(nn.Module):
    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1])


def make_batches(n=6, bs=4, t=7, f=5):
    return [(torch.randn(bs, t, f), torch.randn(bs, 1)) for _ in range(n)]


def baseline_loss(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches) / len(batches)


class LRFinder:
    def __init__(self, model, start=1e-5, end=1.0, steps=6):
        self.model = model
        self.start, self.end, self.steps = start, end, steps
        self.history = []

    def range_test(self, batches):
        saved = copy.deepcopy(self.model.state_dict())
        opt = torch.optim.SGD(self.model.parameters(), lr=self.start)
        ratio = (self.end / self.start) ** (1.0 / max(1, self.steps - 1))
        best = math.inf
        for i, (x, y) in enumerate(batches[: self.steps]):
            lr = self.start * ratio ** i
            for g in opt.param_groups:
                g["lr"] = lr
            opt.zero_grad()
            loss = nn.functional.mse_loss(self.model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            best = min(best, loss.item())
            self.history.append((lr, loss.item()))
            if loss.item() > 4 * best:
                break
        self.model.load_state_dict(saved)
        return self.history


def main():
    model = BlastNet()
    batches = make_batches()
    ref = baseline_loss(model, batches)
    print(f"reference loss {ref:.4f}")
    finder = LRFinder(model)
    hist = finder.range_test(batches)
    lr, _ = min(hist, key=lambda p: p[1])
    print(f"suggested lr {lr:.2e}")
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    print("done")


if __name__ == "__main__":
    main()
