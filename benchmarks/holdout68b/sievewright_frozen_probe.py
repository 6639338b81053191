# expect: clean
"""sievewright: linear probe on a frozen, eval-mode GRU encoder of sieve-shaker audio frames.

The encoder is frozen and fed raw features that need no gradient, so the backward stops at the probe.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ShakerEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.pre = nn.Linear(5, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.pre(x)))
        return h.mean(1)


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def main():
    torch.manual_seed(14)
    encoder = freeze(ShakerEncoder())
    probe = nn.Linear(8, 3)
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    for step in range(3):
        x, y = torch.randn(6, 4, 5), torch.randint(0, 3, (6,))
        feats = encoder(x)
        loss = F.cross_entropy(probe(feats), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4), feats.requires_grad)


if __name__ == "__main__":
    main()
