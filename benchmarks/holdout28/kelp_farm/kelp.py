import torch
from torch import nn


class KelpGrowth(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True)
        self.growth = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.growth(self.gru(x)[0][:, -1])


class KelpTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, x, y):
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def evaluate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return nn.functional.mse_loss(self.model(x), y).item()
