# expect: clean
"""Besom-binding twig bundles: a linear probe on a frozen, eval-mode GRU encoder."""
import torch
import torch.nn as nn

torch.manual_seed(37)


class TwigEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(4, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)

    def forward(self, x):
        _, h = self.gru(torch.relu(self.inp(x)))
        return h[-1]


def pretrain(enc, steps=2):
    dec = nn.Linear(8, 4)
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), 1e-2)
    for _ in range(steps):
        x = torch.randn(4, 6, 4)
        loss = ((dec(enc(x)) - x[:, -1]) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


if __name__ == "__main__":
    enc = TwigEncoder()
    pretrain(enc)
    enc = freeze(enc)
    probe = nn.Linear(8, 2)
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    for i in range(3):
        x, y = torch.randn(6, 6, 4), torch.randint(0, 2, (6,))
        loss = nn.functional.cross_entropy(probe(enc(x)), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(i, round(loss.item(), 4))
