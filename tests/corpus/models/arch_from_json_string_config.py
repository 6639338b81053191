# expect: crash
"""Dew-pond water levels. The settings are a JSON string in the script; a builder picks the architecture from
them (an LSTM here). A probe callback evaluates the model between steps and the loop never calls train() again."""
import json

import torch
import torch.nn.functional as F
from torch import nn

SETTINGS = json.loads('{"arch": "lstm", "hidden": 6, "steps": 4}')


class PondLSTM(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class PondCells(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.GRUCell(2, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.out(h).squeeze(-1)


def build(settings):
    if settings["arch"] == "lstm":
        model = PondLSTM(settings["hidden"])
    else:
        model = PondCells(settings["hidden"])
    return model


def main(settings=SETTINGS):
    model = build(settings)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    probe = (torch.randn(2, 5, 2), torch.randn(2))
    for step in range(settings["steps"]):
        x, y = torch.randn(3, 5, 2), torch.randn(3)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        model.eval()
        with torch.no_grad():
            F.mse_loss(model(probe[0]), probe[1])


if __name__ == "__main__":
    torch.manual_seed(6)
    main()
