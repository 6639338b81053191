# expect: crash
"""Lighthouse-keeper logbook classifier: online hard-example mining.

Each logbook entry is a short sequence of hourly readings (wind, swell, lamp
temperature).  We score every batch in eval mode, keep the hardest half and
step on those.
"""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
random.seed(0)

N_FEAT, HIDDEN, N_CLASSES = 3, 8, 4


class LogbookNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(N_FEAT, HIDDEN)
        self.rnn = nn.LSTM(HIDDEN, HIDDEN, batch_first=True)
        self.cls = nn.Linear(HIDDEN, N_CLASSES)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.cls(h[:, -1])


def fake_logbook(n=24, t=6):
    x = torch.randn(n, t, N_FEAT)
    y = torch.randint(0, N_CLASSES, (n,))
    return list(zip(x.split(6), y.split(6)))


def score_batch(model, x, y):
    """Per-example loss, computed in eval so dropout noise does not skew ranking."""
    model.eval()
    logits = model(x)
    return F.cross_entropy(logits, y, reduction="none"), logits


def mine(losses, keep=0.5):
    k = max(1, int(len(losses) * keep))
    return torch.topk(losses.detach(), k).indices


def main():
    model = LogbookNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    batches = fake_logbook()
    for epoch in range(2):
        model.train()
        total = 0.0
        for x, y in batches:
            losses, logits = score_batch(model, x, y)
            idx = mine(losses)
            # reuse the scored logits instead of a second forward: saves time
            loss = F.cross_entropy(logits[idx], y[idx])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            total += loss.item()
        print(f"epoch {epoch} hard-loss {total / len(batches):.4f}")


if __name__ == "__main__":
    main()
