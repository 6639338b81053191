# expect: crash
"""Coral bleaching alert model: settings live in a JSON file beside the script."""
import json
from pathlib import Path

import torch
from torch import nn

SETTINGS = json.loads(Path(__file__).with_name("coral_bleaching_alerts.json").read_text())


class ReefGRU(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.alert = nn.Linear(hidden, 1)

    def forward(self, sst):
        h, _ = self.gru(sst)
        return self.alert(h[:, -1]).squeeze(-1)


def degree_heating_weeks(n, t):
    return torch.randn(n, t, SETTINGS["features"])


def score(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.binary_cross_entropy_with_logits(model(x), y).item()


def main():
    torch.manual_seed(SETTINGS["seed"])
    model = ReefGRU(SETTINGS["features"], SETTINGS["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=SETTINGS["lr"])
    x, y = degree_heating_weeks(6, 8), torch.randint(0, 2, (6,)).float()
    print("baseline bce", score(model, x, y))
    for step in range(SETTINGS["steps"]):
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("after", score(model, x, y))


if __name__ == "__main__":
    main()
