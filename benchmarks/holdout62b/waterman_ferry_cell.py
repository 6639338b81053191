# expect: clean
"""Thames waterman ferry crossing times: sensitivity of the predicted crossing time to the
initial hidden state, computed with torch.func.jacrev over an unrolled LSTMCell."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(3)


class FerryCell(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(5, hidden)
        self.time = nn.Linear(hidden, 1)

    def forward(self, x, h0, c0):
        h, c = h0, c0
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.time(h).squeeze(-1)


def train(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x = torch.randn(4, 6, 5)
        h0 = torch.zeros(4, model.hidden)
        loss = model(x, h0, torch.zeros_like(h0)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def tide_sensitivity(model, x):
    model.eval()
    h0 = torch.zeros(x.shape[0], model.hidden)
    c0 = torch.zeros_like(h0)
    fn = lambda h: model(x, h, c0).sum()
    return jacrev(fn)(h0)


if __name__ == "__main__":
    m = FerryCell()
    train(m)
    sens = tide_sensitivity(m, torch.randn(3, 6, 5))
    print(sens.shape, sens.abs().mean().item())
