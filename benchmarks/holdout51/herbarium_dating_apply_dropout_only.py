# expect: clean
"""Herbarium: date a pressed specimen from (a) a leaf-margin profile and (b) its sequence of label stamps.

Two models live in a dict and are fine-tuned with dropout switched off for deterministic runs.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("herbarium")


class MarginNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(1, hidden, 5, padding=2)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.drop(torch.relu(self.conv(x)).mean(-1))).squeeze(-1)


class StampNet(nn.Module):
    def __init__(self, stamps=20, dim=6, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(stamps, dim)
        self.gru = nn.GRU(dim, hidden, num_layers=2, dropout=0.25, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(self.emb(x))
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def switch_off_dropout(module):
    if isinstance(module, nn.Dropout):
        module.eval()


def batches(kind, n=3):
    for _ in range(n):
        if kind == "margin":
            x = torch.randn(4, 1, 16)
        else:
            x = torch.randint(0, 20, (4, 5))
        yield x, torch.rand(4) * 100 + 1850


def main():
    torch.manual_seed(14)
    models = {"margin": MarginNet(), "stamps": StampNet()}
    optims = {k: torch.optim.Adam(m.parameters(), lr=1e-2) for k, m in models.items()}
    results = {}
    for epoch in range(2):
        for kind, model in models.items():
            model.train()
            model.apply(switch_off_dropout)
            for x, year in batches(kind):
                optims[kind].zero_grad()
                loss = F.l1_loss(model(x), (year - 1900) / 50)
                loss.backward()
                optims[kind].step()
            results[kind] = loss.item()
        log.info("epoch %d %s", epoch, results)
    print({k: round(v, 3) for k, v in results.items()})


if __name__ == "__main__":
    main()
