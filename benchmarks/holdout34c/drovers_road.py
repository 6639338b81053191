# expect: clean
"""Drovers' road: forecast how many head of cattle reach each market town per day
from the herd counts at the last few stances. Dropout layers are switched off during
fine-tuning (small data), everything else trains."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(43)
TOWNS = ("falkirk", "crieff", "carlisle")


class DroveModel(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.road = nn.LSTM(hidden, hidden, batch_first=True, num_layers=2, dropout=0.2)
        self.drop = nn.Dropout(0.3)
        self.towns = nn.ModuleDict({t: nn.Linear(hidden, 1) for t in TOWNS})

    def forward(self, stances):
        seq, _ = self.road(torch.relu(self.embed(stances)))
        last = self.drop(seq[:, -1])
        return {t: head(last).squeeze(-1) for t, head in self.towns.items()}


def disable_dropout(m):
    if isinstance(m, nn.Dropout):
        m.eval()


def stances(batch=4, days=7):
    x = torch.rand(batch, days, 2) * 100
    return x, {t: x[:, -1, 0] * (0.5 + 0.2 * i) for i, t in enumerate(TOWNS)}


@torch.no_grad()
def market_day_report(model, days=3):
    model.eval()
    errors = {t: 0.0 for t in TOWNS}
    for _ in range(days):
        x, arrivals = stances()
        preds = model(x / 100)
        for t in TOWNS:
            errors[t] += (preds[t] * 100 - arrivals[t]).abs().mean().item() / days
    for t, e in errors.items():
        print(f"  {t:>9}: mean abs error {e:.1f} head")
    return errors


if __name__ == "__main__":
    model = DroveModel()
    model.train()
    model.apply(disable_dropout)
    for name, m in model.named_modules():
        if m.training is False:
            print("frozen for fine-tuning:", name)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(4):
        x, arrivals = stances()
        preds = model(x / 100)
        loss = sum(F.mse_loss(preds[t], arrivals[t] / 100) for t in TOWNS)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")
    market_day_report(model)
