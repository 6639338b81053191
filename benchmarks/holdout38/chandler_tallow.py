# expect: clean
"""Tallow chandlers' melt curves: a frozen GRU encoder with a trainable probe.

The encoder was pretrained elsewhere; here it is put in eval, frozen, and only
the linear probe on top is trained on melt temperature readings.
"""
import torch
from torch import nn


class MeltEncoder(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.proj = nn.Linear(2, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, _ = self.gru(torch.tanh(self.proj(x)))
        return out.mean(1)


class Probe(nn.Module):
    def __init__(self, encoder, hidden=10, n_cls=3):
        super().__init__()
        self.encoder = encoder
        self.fc = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        return self.fc(self.encoder(x))


def readings(b=5, t=9):
    x = torch.randn(b, t, 2)
    y = (x[:, :, 0].sum(1) > 0).long() + (x[:, :, 1].sum(1) > 1).long()
    return x, y


def freeze(module):
    for p in module.parameters():
        p.requires_grad_(False)
    return module.eval()


def main():
    torch.manual_seed(4)
    enc = freeze(MeltEncoder())
    probe = Probe(enc)
    probe.train()
    probe.encoder.eval()
    opt = torch.optim.SGD([p for p in probe.parameters() if p.requires_grad], lr=0.1)
    for step in range(5):
        x, y = readings()
        loss = nn.functional.cross_entropy(probe(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("probe loss", round(loss.item(), 4), "encoder training?", probe.encoder.training)


if __name__ == "__main__":
    main()
