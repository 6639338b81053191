import torch

from .phases import PHASES


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])

    def batch(self, n=4):
        return torch.randn(n, 5, 3), torch.randint(0, 4, (n,))

    def run(self):
        for name in self.cfg["phases"]:
            yield name, PHASES[name](self)
