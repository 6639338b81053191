# expect: clean
"""Lighthouse-keeper logbook classifier: online hard-example mining.

Scoring happens in eval mode; the mode is put back the way it was and the hard
examples are forwarded again before the step.
"""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
random.seed(1)

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
    """Per-example loss in eval mode; restores the caller's mode."""
    was_training = model.training
    model.eval()
    logits = model(x)
    losses = F.cross_entropy(logits, y, reduction="none")
    model.train(was_training)
    return losses


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
            losses = score_batch(model, x, y)
            idx = mine(losses)
            loss = F.cross_entropy(model(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        print(f"epoch {epoch} hard-loss {total / len(batches):.4f}")


if __name__ == "__main__":
    main()
