# expect: crash
"""Organ-pipe tuning drift: per-sample gradient norms with torch.func.

Each sample is a short sequence of pitch deviations (cents) recorded while a
pipe warms up. Per-sample gradient norms are used to flag noisy recordings
before the tuner model is fitted on the rest.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class DriftModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.fc(y[:, -1]).squeeze(-1)


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def sample_loss(p, x, y):
        pred = functional_call(model, p, (x.unsqueeze(0),))
        return ((pred - y.unsqueeze(0)) ** 2).mean()

    norms = []
    for x, y in zip(xs, ys):
        g = grad(sample_loss)(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = DriftModel()
    xs = torch.randn(6, 5, 2)
    ys = torch.randn(6)
    norms = per_sample_norms(model, xs, ys)
    keep = norms <= norms.median()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        opt.zero_grad()
        loss = ((model(xs[keep]) - ys[keep]) ** 2).mean()
        loss.backward()
        opt.step()
    print("kept", int(keep.sum()), "loss", loss.item())


if __name__ == "__main__":
    main()
