# expect: crash
"""Thames waterman ferry crossing times: sensitivity of the predicted crossing time to the
initial hidden state (tide state prior), computed with torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(3)


class FerryLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(5, hidden, batch_first=True)
        self.time = nn.Linear(hidden, 1)

    def forward(self, x, h0, c0):
        out, _ = self.lstm(x, (h0, c0))
        return self.time(out[:, -1]).squeeze(-1)


def train(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x = torch.randn(4, 6, 5)
        h0 = torch.zeros(1, 4, model.hidden)
        loss = model(x, h0, torch.zeros_like(h0)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def tide_sensitivity(model, x):
    h0 = torch.zeros(1, x.shape[0], model.hidden)
    c0 = torch.zeros_like(h0)
    fn = lambda h: model(x, h, c0).sum()
    return jacrev(fn)(h0)  # TM002-here


if __name__ == "__main__":
    m = FerryLSTM()
    train(m)
    sens = tide_sensitivity(m, torch.randn(3, 6, 5))
    print(sens.shape, sens.abs().mean().item())
