import torch

from .phases import PHASES


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.steps = int(cfg.get("steps", 2))
        self.opt = torch.optim.Adam(model.parameters(), lr=float(cfg.get("lr", 1e-3)))
        self.log = []

    def batch(self, b=4, t=6):
        x = torch.randn(b, t, 4)
        return x, x.sum(-1) * 0.1

    def step(self, x, y):
        loss = (self.model(x) - y).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.log.append(("loss", round(loss.item(), 4)))

    def run_phase(self, name):
        PHASES[name](self)
