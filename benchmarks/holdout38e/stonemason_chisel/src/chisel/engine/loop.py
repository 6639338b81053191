"""The engine: owns model, optimiser and data; runs phases named in the config."""
import torch

from .phases import PHASES


def _strikes(n, batch=4, steps=9):
    data = []
    for _ in range(n):
        x = torch.rand(batch, steps, 4)
        data.append((x, (x[..., 0] * x[..., 3]).sum(dim=1) * 0.2))
    return data


class WearEngine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.epochs = cfg["schedule"]["epochs"]
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
        self.batches = _strikes(4)
        self.held_out = _strikes(2)

    def update(self, loss):
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self):
        report = {}
        for name in self.cfg["schedule"]["phases"]:
            report[name] = PHASES[name](self)
        return report
