import torch
import torch.nn.functional as F

from .modes import apply_mode


class Engine:
    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.opt = torch.optim.Adam(model.parameters(), lr=config["optim"]["lr"])
        self.gen = torch.Generator().manual_seed(0)

    def batch(self):
        x = torch.randn(4, 6, 3, generator=self.gen)
        return x, x.sum(dim=(1, 2)) * 0.1

    def step_train(self):
        x, y = self.batch()
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def step_eval(self):
        x, y = self.batch()
        with torch.no_grad():
            return F.mse_loss(self.model(x), y).item()

    def run(self):
        report = {}
        for phase in self.config["phases"]:
            apply_mode(self.model, phase["mode"])
            step = self.step_eval if phase["name"] == "calibrate" else self.step_train
            losses = [step() for _ in range(phase["steps"])]
            report[phase["name"]] = sum(losses) / len(losses)
        return report
