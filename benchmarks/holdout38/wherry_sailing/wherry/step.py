import torch
from torch import nn


class TrainStep:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.n = 0
        self.last = float("nan")

    def __call__(self, batch):
        x, y = batch
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.n += 1
        self.last = loss.item()
