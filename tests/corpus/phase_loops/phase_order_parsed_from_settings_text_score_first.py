# expect: clean
"""A hop-drying forecaster run by an engine whose phase order comes from a settings block the script parses
itself (a plain-data helper: its result is the same on every run). The order is score, fit, adapt: the
baseline score leaves eval mode, but `fit` trains the model again before `adapt` runs its backward."""
import torch
import torch.nn.functional as F
from torch import nn

SETTINGS = """
model:
  width: 8
engine:
  lr: 0.01
  phases: score, fit, adapt
"""


def read_settings(text):
    table, section = {}, None
    for line in text.strip().splitlines():
        if not line.startswith(" "):
            section = line.strip().rstrip(":")
            table[section] = {}
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        if "," in value:
            value = [item.strip() for item in value.split(",")]
        else:
            for convert in (int, float):
                try:
                    value = convert(value)
                    break
                except ValueError:
                    pass
        table[section][key] = value
    return table


class Dryer(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.gru = nn.GRU(2, width, batch_first=True)
        self.out = nn.Linear(width, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def fit(engine):
    engine.model.train()
    for x, y in engine.batches:
        loss = F.mse_loss(engine.model(x), y)
        engine.opt.zero_grad()
        loss.backward()
        engine.opt.step()


@torch.no_grad()
def score(engine):
    engine.model.eval()
    print("mse", sum(F.mse_loss(engine.model(x), y).item() for x, y in engine.batches))


def adapt(engine):
    for x, _ in engine.batches:
        engine.adapt_step(x)


PHASES = {"fit": fit, "score": score, "adapt": adapt}


class Engine:
    def __init__(self, model, cfg):
        self.model, self.cfg = model, cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
        self.batches = [(torch.randn(4, 6, 2), torch.randn(4)) for _ in range(2)]

    def adapt_step(self, x):
        loss = F.mse_loss(self.model(x), x[:, -1].mean(-1))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()

    def run(self):
        for name in self.cfg["phases"]:
            PHASES[name](self)


if __name__ == "__main__":
    torch.manual_seed(0)
    settings = read_settings(SETTINGS)
    Engine(Dryer(settings["model"]["width"]), settings["engine"]).run()
