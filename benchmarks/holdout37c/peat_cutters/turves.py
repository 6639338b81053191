"""Turf-drying model and a small trainer used by the peat-cutting notebooks."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = {"hidden": 8, "lr": 4e-3, "freeze_dropout": False, "epochs": 2}


class TurfDrying(nn.Module):
    """Days until a stacked turf is dry enough to carry, from daily wind/sun/rain."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.days = nn.Linear(hidden, 1)

    def forward(self, weather):
        y, _ = self.gru(weather)
        return F.softplus(self.days(y[:, -1])).squeeze(-1)


class TurfTrainer:
    def __init__(self, model, settings=SETTINGS):
        self.model = model
        self.settings = settings
        self.opt = torch.optim.Adam(model.parameters(), lr=settings["lr"])

    def evaluate(self, data):
        self.model.eval()
        with torch.no_grad():
            x, y = data
            return F.l1_loss(self.model(x), y).item()

    def train_epoch(self, data, bs=4):
        self.model.train(mode=not self.settings["freeze_dropout"])
        x, y = data
        for i in range(0, len(x), bs):
            loss = F.l1_loss(self.model(x[i:i + bs]), y[i:i + bs])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()


def bog_weather(n, days=7):
    x = torch.rand(n, days, 3)
    return x, 20 - 10 * x[:, :, 0].mean(1) - 8 * x[:, :, 1].mean(1) + 6 * x[:, :, 2].mean(1)
