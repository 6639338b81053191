# expect: clean
"""Ploughwrights: score share wear from furrow-depth traces, with a smoothness penalty on the input gradient.
The recurrence is unrolled over a GRUCell.

The penalty is built as a closure by a factory and applied inside a step object.
"""
import torch
from torch import nn


class FurrowScorer(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRUCell(2, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.rnn.hidden_size)
        for t in range(x.shape[1]):
            h = self.rnn(x[:, t], h)
        return self.head(h).squeeze(-1)


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
        loss.backward()
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
