# expect: clean
"""Peat-cutting moisture scores. A generator scores the pool in eval mode and puts training back once it has yielded
every batch; `sorted()` runs it to its end before the fine-tuning loop, so the model trains again by then."""
import torch
import torch.nn.functional as F
from torch import nn


class MoistureGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def scored(model, pool):
    model.eval()
    with torch.no_grad():
        for x in pool:
            yield x, model(x)
    model.train()


if __name__ == "__main__":
    torch.manual_seed(2)
    model = MoistureGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    pool = [torch.randn(4, 5, 3) for _ in range(3)]
    ranked = sorted(scored(model, pool), key=lambda pair: float(pair[1].mean()))
    for x, score in ranked[:2]:
        loss = F.mse_loss(model(x), score)
        opt.zero_grad()
        loss.backward()
        opt.step()
