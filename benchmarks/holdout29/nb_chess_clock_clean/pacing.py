import torch
import torch.nn as nn


class PaceModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, moves):
        h, _ = self.rnn(moves)
        return torch.sigmoid(self.out(h)).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)

    def preview(self, moves, restore=False):
        was = self.model.training
        self.model.eval()
        with torch.no_grad():
            out = self.model(moves)
        if restore:
            self.model.train(was)
        return out

    def fit_batch(self, moves, clock):
        loss = ((self.model(moves) - clock) ** 2).mean()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()
