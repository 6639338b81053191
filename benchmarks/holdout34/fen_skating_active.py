# expect: crash
"""Fen skating: predict a skater's final lap time from the first laps' split times.
Uncertainty-based active learning: the race committee can time only a few extra
skaters per round, chosen where the model's ensemble of heads disagrees most;
then the model is retrained on the grown labelled pool.
"""
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class ALConfig:
    rounds: int = 2
    per_round: int = 4
    hidden: int = 8
    heads: int = 3
    lr: float = 4e-3
    epochs: int = 2
    options: dict = field(default_factory=lambda: {"dropout_in_retrain": False})


class SplitNet(nn.Module):
    def __init__(self, hidden, heads):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.heads = nn.ModuleList(nn.Linear(hidden, 1) for _ in range(heads))

    def forward(self, splits):
        h, _ = self.rnn(splits.unsqueeze(-1))
        z = self.drop(h[:, -1])
        return torch.cat([head(z) for head in self.heads], dim=-1)  # (batch, heads)


def fit(model, x, y, cfg, train_mode=True):
    model.train(train_mode)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    for _ in range(cfg.epochs):
        for i in range(0, len(x), 4):
            opt.zero_grad()
            pred = model(x[i:i + 4])
            loss = F.mse_loss(pred, y[i:i + 4].unsqueeze(-1).expand_as(pred))
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()


def acquire(model, pool_x, k):
    model.eval()
    with torch.no_grad():
        spread = model(pool_x).std(dim=-1)
    return spread.topk(k).indices


def main():
    torch.manual_seed(10)
    cfg = ALConfig()
    splits = torch.rand(40, 6) + 2.0
    final = splits.sum(1) / 6 + 0.05 * torch.randn(40)
    labelled = torch.arange(8)
    pool = torch.arange(8, 40)
    model = SplitNet(cfg.hidden, cfg.heads)
    print("initial loss", fit(model, splits[labelled], final[labelled], cfg))
    for r in range(cfg.rounds):
        pick = pool[acquire(model, splits[pool], cfg.per_round)]
        labelled = torch.cat([labelled, pick])
        pool = pool[~torch.isin(pool, pick)]
        loss = fit(model, splits[labelled], final[labelled], cfg,
                   train_mode=cfg.options["dropout_in_retrain"])
        print(f"round {r}: {len(labelled)} labelled, loss {loss:.4f}")


if __name__ == "__main__":
    main()
