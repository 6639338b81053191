# expect: crash
"""Ploughwrights: score share wear from furrow-depth traces, with a smoothness penalty on the input gradient.

The penalty is built as a closure by a factory and applied inside a step object.
"""
import torch
from torch import nn


class FurrowScorer(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(h[-1]).squeeze(-1)


def make_input_penalty(weight):
    def penalty(model, x):
        x = x.clone().requires_grad_(True)
        out = model(x).sum()
        (gx,) = torch.autograd.grad(out, x, create_graph=True)
        return weight * gx.pow(2).mean()
    return penalty


class Step:
    def __init__(self, model, penalty, lr=1e-2):
        self.model = model
        self.penalty = penalty
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)

    def __call__(self, x, y):
        self.model.train()
        loss = nn.functional.mse_loss(self.model(x), y) + self.penalty(self.model, x)
        self.opt.zero_grad()
        loss.backward()  # TM003-here
        self.opt.step()
        return loss.item()


def main():
    torch.manual_seed(4)
    step = Step(FurrowScorer(), make_input_penalty(0.1))
    for _ in range(3):
        x = torch.randn(5, 8, 2)
        y = x[..., 0].mean(1)
        last = step(x, y)
    print("loss", round(last, 4))


if __name__ == "__main__":
    main()
