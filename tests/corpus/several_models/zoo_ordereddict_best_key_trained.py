# expect: clean
"""A zoo of forecasters in an OrderedDict is scored by a helper whose classmethod wraps each model as `cls(model.eval())`;
the best recurrent one is then picked by a key only run time knows (`zoo[best]`) and fine-tuned -- after
`model.train()`, so whichever it is, its RNN runs in train mode."""
from collections import OrderedDict

import torch
import torch.nn as nn


class GRUForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class LSTMForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class Scorer:
    def __init__(self, model):
        self.model = model

    @classmethod
    def for_model(cls, model):
        return cls(model.eval())

    @torch.no_grad()
    def score(self, x, y):
        return nn.functional.l1_loss(self.model(x), y).item()


def main():
    zoo = OrderedDict(gru=GRUForecaster(), lstm=LSTMForecaster())
    vx, vy = torch.randn(6, 8, 3), torch.randn(6, 1)
    scores = {name: Scorer.for_model(m).score(vx, vy) for name, m in zoo.items()}
    best = min(scores, key=scores.get)
    model = zoo[best]
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(2):
        loss = nn.functional.mse_loss(model(vx), vy)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
