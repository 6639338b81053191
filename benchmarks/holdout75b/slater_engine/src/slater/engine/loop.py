import torch

from .phases import PHASES, batch, loss_fn


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["optim"]["lr"])

    def fit_steps(self, n):
        last = None
        for _ in range(n):
            x, y = batch()
            loss = loss_fn(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            last = float(loss)
        return last

    def run(self):
        return {name: PHASES[name](self) for name in self.cfg["schedule"]}
