import torch
from torch import nn

from .evaluation import evaluate


class Engine:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def train_step(self, x, y):
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, x, y, epochs):
        self.model.train()
        history = []
        for epoch in range(epochs):
            tr = self.train_step(x, y)
            history.append((tr, evaluate(self.model, x, y)))
        return history
