# expect: crash
"""Printer: sensitivity of predicted ink coverage to each step of the
press-speed trace, via torch.func.jacrev of the model w.r.t. its input."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)


class InkModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, trace):
        h, _ = self.lstm(trace)
        return self.out(h[:, -1]).squeeze(-1)


def fit(model, xs, ys, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss = ((model(xs) - ys) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def sensitivity(model, trace):
    # model stays in train mode here: only the input is differentiated
    def f(t):
        return model(t.unsqueeze(0)).squeeze(0)
    jac = jacrev(f)(trace)  # TM002-here
    return jac.abs().sum(-1)


def main():
    model = InkModel()
    xs, ys = torch.randn(4, 7, 2), torch.rand(4)
    print("fit loss", round(fit(model, xs, ys), 4))
    s = sensitivity(model, xs[0])
    print("most influential step", int(s.argmax()))


if __name__ == "__main__":
    main()
