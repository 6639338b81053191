# expect: clean
"""Besom maker: bristle-bundle tension forecasting; input sensitivities by jacrev through an LSTMCell loop for a report."""
import torch
import torch.nn as nn
from torch.func import jacrev


class TensionLSTM(nn.Module):
    def __init__(self, d=3, h=6):
        super().__init__()
        self.cell = nn.LSTMCell(d, h)
        self.h = h
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        hx = x.new_zeros(x.size(0), self.h)
        cx = x.new_zeros(x.size(0), self.h)
        for t in range(x.size(1)):
            hx, cx = self.cell(x[:, t], (hx, cx))
        return self.out(hx).squeeze(-1)


def sensitivity_report(model, window):
    model.train()  # keep dropout-free train mode; the report is computed like a training step
    f = lambda w: model(w.unsqueeze(0)).squeeze(0)
    jac = jacrev(f)(window)
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
