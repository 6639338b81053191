import torch
from torch import nn


class DropoutLSTM(nn.Module):
    def __init__(self, hidden, p):
        super().__init__()
        self.lstm = nn.LSTM(5, hidden, batch_first=True)
        self.drop = nn.Dropout(p)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.cls(self.drop(self.lstm(x)[0][:, -1]))


class Learner:
    def __init__(self, model, epochs):
        self.model, self.epochs = model, epochs
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    @classmethod
    def from_config(cls, cfg):
        return cls(DropoutLSTM(cfg["hidden"], cfg["p"]), cfg["epochs"])

    def fit(self, x, y):
        self.model.train()
        for _ in range(self.epochs):
            self.opt.zero_grad()
            nn.functional.cross_entropy(self.model(x), y).backward()
            self.opt.step()
