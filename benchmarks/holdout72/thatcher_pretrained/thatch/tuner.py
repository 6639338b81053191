import torch
from torch import nn


class Finetuner:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.model.training = True
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, x, y):
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
