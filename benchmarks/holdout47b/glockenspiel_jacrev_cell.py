# expect: clean
"""Glockenspiel strike-timing model: input Jacobians via torch.func.jacrev for a sensitivity report.

The recurrent core is an unrolled LSTMCell, so the transform never touches a fused RNN kernel.
The model is evaluated in eval mode first, then probed."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(9)


class StrikeModel(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(d, hidden)
        self.head = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):  # x: (T, d) single sequence
        h = torch.zeros(1, self.hidden)
        c = torch.zeros(1, self.hidden)
        for t in range(x.shape[0]):
            h, c = self.cell(x[t].unsqueeze(0), (h, c))
        return self.head(h).squeeze()


def fit(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss = sum((model(torch.randn(5, 3)) - 0.5) ** 2 for _ in range(3))
        opt.zero_grad()
        loss.backward()
        opt.step()


def sensitivity_report(model, x):
    model.eval()
    jac = jacrev(model)(x)
    per_step = jac.abs().sum(dim=1)
    return per_step


if __name__ == "__main__":
    m = StrikeModel()
    fit(m)
    rep = sensitivity_report(m, torch.randn(5, 3))
    print("per-step sensitivity", [round(v, 3) for v in rep.tolist()])
