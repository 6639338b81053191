"""A Task owns the model and the loss; the script drives train_step / valid_step."""
import torch
from torch import nn


def _freeze_recurrent_stats(module):
    if isinstance(module, (nn.GRU, nn.LSTM)):
        module.eval()


class FlowTask:
    def __init__(self, model, lr=1e-2, steady_branches=False):
        self.model = model
        self.criterion = nn.SmoothL1Loss()
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.steady_branches = steady_branches

    def train_step(self, readings, target):
        self.model.train()
        if self.steady_branches:
            self.model.apply(_freeze_recurrent_stats)
        loss = self.criterion(self.model(readings), target)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def valid_step(self, readings, target):
        self.model.eval()
        return self.criterion(self.model(readings), target).item()
