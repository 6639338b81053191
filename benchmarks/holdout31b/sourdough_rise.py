# expect: clean
"""Sourdough starter rise: predict peak rise time of a starter after feeding from
jar-temperature logs and the flour/water ratio. Active learning: an eval pass
(dropout off) picks the feedings with the largest disagreement between two heads,
the baker times those, and the model is fine-tuned on them.
"""
from typing import TypedDict

import torch
import torch.nn as nn
import torch.nn.functional as F


class Cfg(TypedDict):
    hidden: int
    pool: int
    query: int
    lr: float
    finetune_steps: int


CFG: Cfg = {"hidden": 10, "pool": 24, "query": 5, "lr": 5e-3, "finetune_steps": 3}
torch.manual_seed(103)


class RiseModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head_a = nn.Linear(hidden, 1)
        self.head_b = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        z = self.drop(h[-1])
        return self.head_a(z).squeeze(-1), self.head_b(z).squeeze(-1)


def feedings(n, minutes=10):
    temp = 22 + 3 * torch.randn(n, 1, 1) + 0.2 * torch.randn(n, minutes, 1)
    hydration = (0.6 + 0.4 * torch.rand(n, 1, 1)).expand(n, minutes, 1)
    hours = 8 - 0.4 * (temp.mean((1, 2)) - 22) + 2 * (hydration[:, 0, 0] - 0.8)
    return torch.cat([(temp - 22) / 3, hydration], -1), hours


def fit(model, opt, x, y, steps):
    model.train()
    for _ in range(steps):
        a, b = model(x)
        loss = F.mse_loss(a, y) + F.mse_loss(b, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def select_queries(model, pool_x, k):
    model.eval()
    a, b = model(pool_x)  # no no_grad here: the graph is simply dropped
    disagreement = (a - b).abs()
    return disagreement.detach().topk(k).indices


def main(cfg: Cfg):
    model = RiseModel(cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    x0, y0 = feedings(8)
    print("initial fit", fit(model, opt, x0, y0, 6))
    pool_x, pool_y = feedings(cfg["pool"])
    for rnd in range(2):
        idx = select_queries(model, pool_x, cfg["query"])
        xq, yq = pool_x[idx], pool_y[idx]
        print(f"round {rnd}: queried {idx.tolist()} fine-tune {fit(model, opt, xq, yq, cfg['finetune_steps']):.4f}")


if __name__ == "__main__":
    main(CFG)
