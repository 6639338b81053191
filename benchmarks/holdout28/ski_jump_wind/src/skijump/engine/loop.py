import torch
from torch import nn

from .evaluation import evaluate


class Engine:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def fit(self, x, y, epochs):
        self.model.train()
        out = []
        for _ in range(epochs):
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            out.append(round(evaluate(self.model, x, y), 4))
        return out
