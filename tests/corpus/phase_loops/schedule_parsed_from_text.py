# expect: crash
"""The schedule is written as YAML-like text and parsed by a small helper of the script; each row's mode defaults
to its phase (`row.get("mode", name)`), so the relevance phase runs in eval mode and backpropagates to the input."""
import torch
import torch.nn as nn
import torch.nn.functional as F

PHASES = {}


def phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco


@phase("fit")
def fit(state, batch):
    x, y = batch
    loss = F.mse_loss(state["model"](x), y)
    state["opt"].zero_grad()
    loss.backward()
    state["opt"].step()


@phase("relevance")
def relevance(state, batch):
    x, _ = batch
    x = x.clone().requires_grad_(True)
    state["model"](x).sum().backward()  # TM001-here


def set_mode(model, mode):
    model.train(mode == "fit")


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 4, batch_first=True)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


SCHEDULE_TEXT = """
- phase: fit
- phase: relevance
"""


def parse_schedule(text):
    rows, row = [], None
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- "):
            row = {}
            rows.append(row)
            line = line[2:]
        key, value = (part.strip() for part in line.split(":", 1))
        row[key] = int(value) if value.isdigit() else value
    return rows


SCHEDULE = parse_schedule(SCHEDULE_TEXT)
model = Net()
state = {"model": model, "opt": torch.optim.SGD(model.parameters(), lr=0.1)}
batch = (torch.randn(2, 4, 3), torch.randn(2))
for entry in SCHEDULE:
    name = entry["phase"]
    set_mode(state["model"], entry.get("mode", name))
    PHASES[name](state, batch)
