# expect: clean
"""Trainer class whose train_epoch() starts with self.model.train(), as in most well-kept code bases."""
import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def train_epoch(self):
        self.model.train()
        x, y = torch.randn(4, 6, 5), torch.randint(0, 5, (4,))
        out, (h, c) = self.model.lstm(x)
        loss = nn.functional.cross_entropy(self.model.head(h[-1]), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self):
        self.model.eval()
        with torch.no_grad():
            out, (h, c) = self.model.lstm(torch.randn(2, 6, 5))
            return self.model.head(h[-1]).argmax(-1).tolist()

    def fit(self, epochs):
        for _ in range(epochs):
            print(self.train_epoch(), self.validate())


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 10, batch_first=True)
        self.head = nn.Linear(10, 5)


torch.manual_seed(0)
Trainer(Net()).fit(3)
