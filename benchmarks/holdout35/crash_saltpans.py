# expect: crash
"""Brine-strength forecasting for a row of coastal saltpans.

Each pan has its own small recurrent encoder (pans silt up differently); a
shared head turns the encoding into tomorrow's brine strength. A `Task` object
owns the model and the loss and exposes train_step / valid_step, the way the
estate's other forecasting jobs are written.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

PANS = ("north", "middle", "south")


class PanForecaster(nn.Module):
    def __init__(self, n_feats=3, hidden=6):
        super().__init__()
        self.encoders = nn.ModuleDict({p: nn.GRU(n_feats, hidden, batch_first=True) for p in PANS})
        self.head = nn.Linear(hidden, 1)

    def forward(self, pan, x):
        h, _ = self.encoders[pan](x)
        return self.head(h[:, -1]).squeeze(-1)


class BrineTask:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def loss(self, pan, x, y):
        return F.mse_loss(self.model(pan, x), y)

    def train_step(self, pan, x, y):
        self.optimizer.zero_grad()
        loss = self.loss(pan, x, y)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def valid_step(self, pan, x, y):
        self.model.train(False)
        return self.loss(pan, x, y).item()


def readings(seed, batch=4, days=8):
    g = torch.Generator().manual_seed(seed)
    return {p: (torch.randn(batch, days, 3, generator=g), torch.rand(batch, generator=g))
            for p in PANS}


def main():
    torch.manual_seed(0)
    task = BrineTask(PanForecaster())
    val = readings(100)
    baseline = {p: task.valid_step(p, *val[p]) for p in PANS}
    print("baseline", {k: round(v, 3) for k, v in baseline.items()})
    for day in range(3):
        batch = readings(day)
        train = {p: task.train_step(p, *batch[p]) for p in PANS}
        valid = {p: task.valid_step(p, *val[p]) for p in PANS}
        print(day, round(sum(train.values()), 3), round(sum(valid.values()), 3))


if __name__ == "__main__":
    main()
