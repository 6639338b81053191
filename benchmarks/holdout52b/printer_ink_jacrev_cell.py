# expect: clean
"""Printer: sensitivity of predicted ink coverage to each step of the
press-speed trace, via torch.func.jacrev of the model w.r.t. its input.
The recurrence is unrolled over two stacked LSTMCells."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)


class InkModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.hidden = hidden
        self.cell1 = nn.LSTMCell(2, hidden)
        self.cell2 = nn.LSTMCell(hidden, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, trace):
        b = trace.shape[0]
        s1 = (trace.new_zeros(b, self.hidden), trace.new_zeros(b, self.hidden))
        s2 = (trace.new_zeros(b, self.hidden), trace.new_zeros(b, self.hidden))
        for t in range(trace.shape[1]):
            s1 = self.cell1(trace[:, t], s1)
            s2 = self.cell2(s1[0], s2)
        return self.out(s2[0]).squeeze(-1)


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
    jac = jacrev(f)(trace)
    return jac.abs().sum(-1)


def main():
    model = InkModel()
    xs, ys = torch.randn(4, 7, 2), torch.rand(4)
    print("fit loss", round(fit(model, xs, ys), 4))
    s = sensitivity(model, xs[0])
    print("most influential step", int(s.argmax()))


if __name__ == "__main__":
    main()
