# expect: clean
"""Millstone-grit quarry: linear probe on a frozen GRU encoder of drill logs.

The encoder was trained on another quarry; here it is frozen and run in
inference mode, only the probe on top learns grit grade.
"""
import torch
import torch.nn as nn


class DrillEncoder(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=2, batch_first=True)

    def forward(self, log):
        _, h = self.gru(log)
        return h[-1]


def freeze(module):
    for p in module.parameters():
        p.requires_grad_(False)
    return module.eval()


def drill_logs(n=16, depth=8):
    x = torch.randn(n, depth, 3)
    grade = (x[:, :, 1].mean(1) > 0).long() + (x[:, :, 2].mean(1) > 0.3).long()
    return x, grade


def main(epochs=3):
    torch.manual_seed(13)
    encoder = freeze(DrillEncoder())
    probe = nn.Linear(10, 3)
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    x, y = drill_logs()
    for ep in range(epochs):
        feats = encoder(x)
        loss = nn.functional.cross_entropy(probe(feats), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        acc = (probe(feats).argmax(1) == y).float().mean()
        print(f"epoch {ep}: loss {loss.item():.4f} acc {acc:.2f}")


if __name__ == "__main__":
    main()
