# expect: clean
"""Settings start from a table of defaults and a literal override dict updates two of them; the `probe_inputs` entry
keeps its default False, so the eval-mode input-gradient probe never runs."""
import torch
import torch.nn as nn
import torch.nn.functional as F

BASE = {"hidden": 6, "steps": 3, "probe_inputs": False}


class Tracker(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def make_settings():
    settings = dict(BASE)
    settings.update({"hidden": 8, "steps": 2})
    return settings


def probe(model, x):
    model.eval()
    x = x.requires_grad_(True)
    model(x).norm().backward()
    return x.grad


def main(settings):
    model = Tracker(settings["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(settings["steps"]):
        x, y = torch.randn(3, 5, 2), torch.randint(0, 2, (3,))
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    if settings["probe_inputs"]:
        probe(model, torch.randn(3, 5, 2))


torch.manual_seed(4)
main(make_settings())
