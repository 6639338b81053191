# expect: crash
"""Knacker hide-grading: input sensitivity of a trained GRU by torch.func.jacrev, model in train mode."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(6)


class HideGrader(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def fit(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(steps):
        x, y = torch.randn(5, 6, 3), torch.randint(0, 2, (5,))
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()


def sensitivity(model, x):
    model.train()  # kept in train mode on purpose: "BN-free, dropout-free, so fine"
    f = lambda inp: model(inp.unsqueeze(0)).squeeze(0)
    jac = jacrev(f)(x)  # TM002-here
    return jac.abs().sum(dim=(0, 2))


if __name__ == "__main__":
    m = HideGrader()
    fit(m)
    print("per-step sensitivity", sensitivity(m, torch.randn(6, 3)).tolist())
