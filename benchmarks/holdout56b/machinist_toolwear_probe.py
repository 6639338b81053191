# expect: clean
"""Tool-wear linear probe for a machinist's spindle-load recordings.

A GRU encoder pretrained on next-step prediction is frozen and put in eval
mode; only a linear probe on its final state is trained to predict wear
stage.  The recordings are plain tensors (no gradient is needed for them).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(81)


class LoadEncoder(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.next = nn.Linear(hidden, 2)

    def forward(self, x):
        h, last = self.gru(x)
        return h, last[-1]


def pretrain(enc, steps=4):
    opt = torch.optim.Adam(enc.parameters(), lr=5e-3)
    enc.train()
    for _ in range(steps):
        x = torch.cumsum(torch.randn(6, 10, 2) * 0.1, 1)
        h, _ = enc(x)
        loss = F.mse_loss(enc.next(h[:, :-1]), x[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    enc = LoadEncoder()
    pretrain(enc)
    enc.eval()
    enc.requires_grad_(False)
    probe = nn.Linear(10, 3)
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    for step in range(5):
        x, y = torch.randn(8, 10, 2), torch.randint(0, 3, (8,))
        _, feat = enc(x)
        loss = F.cross_entropy(probe(feat), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
