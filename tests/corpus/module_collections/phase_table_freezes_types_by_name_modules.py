# expect: crash
"""A schedule table lists, per phase, the module classes to hold in eval mode (by class name); the model's
recurrent encoder is a Sequential filled with `add_module`. The "settle" phase names LSTM, and `model.modules()`
reaches the LSTM inside the Sequential, so that phase's training backward runs through an eval-mode LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SCHEDULE = {
    "phases": {
        "start": {"steps": 2, "frozen": []},
        "settle": {"steps": 1, "frozen": ["Dropout", "LSTM"]},
    },
    "order": ["start", "settle"],
}


class Labeller(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential()
        self.body.add_module("rnn", nn.LSTM(3, 7, batch_first=True))
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(7, 2)

    def forward(self, x):
        out, _ = self.body(x)
        return self.head(self.drop(out[:, -1]))


def hold_frozen(model, frozen):
    model.train()
    for part in model.modules():
        if type(part).__name__ in frozen:
            part.eval()


def run(model, phase, x, y):
    hold_frozen(model, phase["frozen"])
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(phase["steps"]):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()  # TM001-here
        opt.step()


torch.manual_seed(8)
model = Labeller()
x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
for name in SCHEDULE["order"]:
    run(model, SCHEDULE["phases"][name], x, y)
