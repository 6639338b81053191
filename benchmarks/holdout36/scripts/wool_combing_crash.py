# expect: crash
"""Wool combing: staple-length estimates from the comb's draw-force trace.

Progress reports are taken with the recurrent layers switched to inference
(deterministic inter-layer dropout) by a decorator, so that the numbers are
comparable from one report to the next.
"""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


def recurrent_inference(fn):
    """Run ``fn(model, ...)`` with every RNN layer of ``model`` in eval mode."""

    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        was_training = model.training
        for m in model.modules():
            if isinstance(m, nn.RNNBase):
                m.eval()
        try:
            return fn(model, *args, **kwargs)
        finally:
            model.training = was_training

    return wrapper


class StapleNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.front = nn.Linear(2, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, force):
        h, _ = self.rnn(torch.relu(self.front(force)))
        return self.head(h[:, -1]).squeeze(-1)


@recurrent_inference
def report(model, batches):
    with torch.no_grad():
        return sum(F.mse_loss(model(x), y).item() for x, y in batches) / len(batches)


def slivers(n, batch=4, pulls=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        f = torch.rand(batch, pulls, 2, generator=g)
        out.append((f, 60 + 20 * f[..., 0].mean(-1)))
    return out


def main():
    torch.manual_seed(0)
    model = StapleNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train, val = slivers(6), slivers(2, seed=4)
    model.train()
    for step, (x, y) in enumerate(train, 1):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if step % 2 == 0:
            print(f"step {step}: train {loss.item():.2f} val {report(model, val):.2f}")


if __name__ == "__main__":
    main()
