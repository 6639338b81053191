# expect: crash
"""Wind tunnel: per-run gradient norms of a pressure-tap LSTM, computed with torch.func.

Each tunnel run is one sample; its gradient norm is used to down-weight noisy runs.
The model is in train mode throughout."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(8)


class TapLSTM(nn.Module):
    def __init__(self, taps=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(taps, hidden, batch_first=True)
        self.lift = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.lift(o[:, -1]).squeeze(-1)


def per_run_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def run_loss(p, x, y):
        pred = functional_call(model, p, (x.unsqueeze(0),))
        return (pred - y).pow(2).mean()

    norms = []
    for x, y in zip(xs, ys):
        g = grad(run_loss)(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = TapLSTM()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        xs, ys = torch.randn(5, 7, 4), torch.randn(5)
        norms = per_run_grad_norms(model, xs, ys)
        w = (1.0 / (norms + 1e-3))
        w = w / w.sum()
        loss = (w * (model(xs) - ys).pow(2)).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("step", step, "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
