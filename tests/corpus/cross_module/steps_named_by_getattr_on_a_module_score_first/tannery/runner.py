import torch

from . import steps as _steps


class Runner:
    def __init__(self, model, plan):
        self.model, self.plan = model, plan
        self.opt = torch.optim.SGD(model.parameters(), lr=plan["lr"])

    def run(self):
        for name in self.plan["steps"]:
            getattr(_steps, name)(self)
