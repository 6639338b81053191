# expect: crash
"""Besom maker: bristle-bundle tension forecasting; input sensitivities by jacrev for a report."""
import torch
import torch.nn as nn
from torch.func import jacrev


class TensionLSTM(nn.Module):
    def __init__(self, d=3, h=6):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def sensitivity_report(model, window):
    model.train()  # keep dropout-free train mode; the report is computed like a training step
    f = lambda w: model(w.unsqueeze(0)).squeeze(0)
    jac = jacrev(f)(window)  # TM002-here
    return jac.abs().sum(-1)


def fit(model, xs, ys, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        loss = ((model(xs) - ys) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(2)
    m = TensionLSTM()
    print("loss", fit(m, torch.randn(6, 5, 3), torch.randn(6)))
    print("per-step sensitivity", sensitivity_report(m, torch.randn(5, 3)).tolist())
