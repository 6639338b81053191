# expect: crash
"""Orrery drift: a clockwork planetarium's gear wear is forecast by an LSTM; the
sensitivity of the forecast to each past reading comes from torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev, functional_call

torch.manual_seed(3)


class GearWear(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.lin = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.lin(out[:, -1]).squeeze(-1)


def fit(model, x, y, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def sensitivity(model, window):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def forecast(inp):
        return functional_call(model, params, (inp.unsqueeze(0),)).squeeze(0)

    jac = jacrev(forecast)(window)  # TM002-here
    return jac.abs().sum(-1)


if __name__ == "__main__":
    m = GearWear()
    x, y = torch.randn(6, 10, 3), torch.randn(6)
    print("loss", fit(m, x, y))
    print("per-step sensitivity", sensitivity(m, x[0]))
