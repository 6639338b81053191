# expect: clean
"""Flaxdresser: predicts retting completion from humidity traces.  Before
fine-tuning, stochastic layers are switched off with model.apply(fn)."""
import torch
from torch import nn


class RetNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(3, 8), nn.Dropout(0.2))
        self.rnn = nn.LSTM(8, 8, num_layers=2, dropout=0.1, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return torch.sigmoid(self.out(self.drop(h[:, -1])))


STOCHASTIC = (nn.Dropout,)


def deterministic(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def finetune(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    model.apply(deterministic)
    for step in range(steps):
        x = torch.randn(5, 6, 3)
        y = torch.rand(5, 1)
        loss = nn.functional.binary_cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(2)
    print(finetune(RetNet()))
