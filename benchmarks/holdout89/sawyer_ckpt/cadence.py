import torch
from torch import nn


class CadenceRNN(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1]).squeeze(-1)


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def train_steps(model, x, y, steps, lr=0.02):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
