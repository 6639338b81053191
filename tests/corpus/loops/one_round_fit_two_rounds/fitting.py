"""A small trainer whose fit() loop ends each epoch with the subclass's validation hook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TideGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def after_epoch(self, epoch):
        pass

    def step(self, x, y):
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, batches, epochs=3):
        self.model.train()
        for epoch in range(epochs):
            for x, y in batches:
                self.step(x, y)
            self.after_epoch(epoch)
