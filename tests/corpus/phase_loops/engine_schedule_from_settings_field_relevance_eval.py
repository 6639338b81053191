# expect: crash
"""An engine holds the run's settings (`self.cfg`, the script's table) and runs its schedule by name: each phase
sets the model's mode from the table and then calls the method of that name with `getattr(self, name)()`. The
relevance phase is set to eval, and its input-gradient backward runs through the LSTM in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


def apply_phase(model, spec):
    if spec["mode"] == "train":
        model.train()
    else:
        model.eval()
    return torch.enable_grad() if spec["grad"] else torch.no_grad()


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=0.01)
        self.x = torch.randn(6, 9, 4)
        self.y = torch.randn(6)

    def fit(self):
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(self.x), self.y)
        loss.backward()
        self.opt.step()

    def validate(self):
        return F.l1_loss(self.model(self.x), self.y).item()

    def relevance(self):
        x = self.x.clone().requires_grad_(True)
        self.model(x).sum().backward()  # TM001-here

    def run(self):
        for name in self.cfg["schedule"]:
            ctx = apply_phase(self.model, self.cfg["phases"][name])
            with ctx:
                getattr(self, name)()


CONFIG = {
    "schedule": ["fit", "fit", "validate", "relevance"],
    "phases": {
        "fit": {"mode": "train", "grad": True},
        "validate": {"mode": "eval", "grad": False},
        "relevance": {"mode": "eval", "grad": True},
    },
}
Engine(Net(), CONFIG).run()
