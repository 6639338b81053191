import copy

import torch
from torch import nn


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.best_loss = float("inf")
        self.best_model = None

    def train_epoch(self, data):
        self.model.train()
        for x, y in data:
            self.opt.zero_grad()
            nn.functional.mse_loss(self.model(x), y).backward()
            self.opt.step()

    @torch.no_grad()
    def evaluate(self, data):
        self.model.eval()
        loss = sum(nn.functional.mse_loss(self.model(x), y).item() for x, y in data) / len(data)
        if loss < self.best_loss:
            self.best_loss = loss
            self.best_model = copy.deepcopy(self.model)
        return loss
