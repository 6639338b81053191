# expect: clean
"""RMTPP-style neural point process. A context manager class switches the model to eval for analysis."""
import torch
import torch.nn as nn


class EvalMode:
    def __init__(self, module):
        self.module = module
        self.prev = None

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


class RMTPP(nn.Module):
    def __init__(self, n_marks=3, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_marks, 4)
        self.rnn = nn.GRU(5, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)
        self.w = nn.Parameter(torch.tensor(0.1))

    def forward(self, marks, dts):
        x = torch.cat([self.emb(marks), dts.unsqueeze(-1)], -1)
        h, _ = self.rnn(x)
        past = self.v(h).squeeze(-1)
        ll = past + self.w * dts + (past.exp() - (past + self.w * dts).exp()) / self.w
        return -ll.mean()


def time_sensitivity(model, marks, dts):
    dts = dts.clone().requires_grad_(True)
    with EvalMode(model) as m:
        with torch.no_grad():
            print("eval nll", m(marks, dts).item())
    nll = model(marks, dts)
    (g,) = torch.autograd.grad(nll, dts)
    return g.abs().mean().item()


def main():
    torch.manual_seed(2)
    model = RMTPP()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    marks = torch.randint(0, 3, (4, 6))
    dts = torch.rand(4, 6)
    for _ in range(3):
        opt.zero_grad()
        loss = model(marks, dts)
        loss.backward()
        opt.step()
    print("nll", loss.item())
    print("sensitivity", time_sensitivity(model, marks, dts))


if __name__ == "__main__":
    main()
