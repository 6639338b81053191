import torch
import torch.nn.functional as F

from .modes import in_mode, timed


class Stepper:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.timings = []

    @timed
    def train_step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    @in_mode(False)
    @torch.no_grad()
    def validate(self, x, y):
        return F.mse_loss(self.model(x), y).item()
