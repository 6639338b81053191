# expect: crash
"""Cough detection from audio frames with a GRU; a SIGUSR1 handler takes an evaluation snapshot.

The handler switches the model to eval to score the held-out clips and never switches it back.
"""
import os
import signal

import torch
import torch.nn as nn


class CoughNet(nn.Module):
    def __init__(self, n_feats=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_feats, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(h[-1]).squeeze(-1)


class Run:
    def __init__(self):
        self.model = CoughNet()
        self.opt = torch.optim.Adam(self.model.parameters(), 1e-2)
        self.val = (torch.randn(3, 9, 6), torch.tensor([1.0, 0.0, 1.0]))
        self.history = []

    def snapshot(self, signum, frame):
        self.model.eval()
        with torch.no_grad():
            x, y = self.val
            acc = ((self.model(x) > 0).float() == y).float().mean().item()
        self.history.append(acc)
        print("snapshot acc", acc)

    def step(self, x, y):
        logits = self.model(x)
        loss = nn.functional.binary_cross_entropy_with_logits(logits, y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def main():
    torch.manual_seed(5)
    run = Run()
    signal.signal(signal.SIGUSR1, run.snapshot)
    x, y = torch.randn(6, 9, 6), torch.randint(0, 2, (6,)).float()
    for it in range(4):
        print(it, run.step(x, y))
        if it == 1:
            os.kill(os.getpid(), signal.SIGUSR1)


if __name__ == "__main__":
    main()
