# expect: crash
"""Hayward (hedge and fence warden): livestock-breach risk from hedge-sensor sequences.

Sensitivity report: the Jacobian of the risk score w.r.t. every input step, computed
with torch.func.jacrev right after training, while the model is still in train mode.
"""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(17)


class BreachRisk(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return torch.sigmoid(self.score(o[:, -1])).squeeze(-1)


def train(model, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(epochs):
        x = torch.randn(5, 7, 4)
        y = (x[:, :, 0].mean(1) > 0).float()
        opt.zero_grad()
        nn.functional.binary_cross_entropy(model(x), y).backward()
        opt.step()


def sensitivity(model, x):
    def risk(inp):
        return model(inp.unsqueeze(0)).squeeze(0)
    J = jacrev(risk)(x)  # TM002-here
    return J.abs().sum(-1)


if __name__ == "__main__":
    model = BreachRisk()
    train(model)
    per_step = sensitivity(model, torch.randn(7, 4))
    print([round(v, 4) for v in per_step.tolist()])
