# expect: clean
"""Bobsled runs: predict the split time at the next timing eye from the sled's
lateral acceleration trace. Per-run gradients (for spotting mislabelled runs)
come from torch.func.grad over a hand-unrolled LSTMCell, which never goes
through the fused cuDNN RNN kernel."""
import torch
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(12)


class SplitPredictor(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):  # x: (batch, time, n_in)
        h = x.new_zeros(x.shape[0], self.hidden)
        c = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def runs(n=10, t=8):
    x = torch.randn(n, t, 2)
    y = 0.2 * x[..., 0].abs().sum(1) + 0.1 * x[..., 1].sum(1)
    y[3] += 3.0  # a mistimed run
    return x, y


def main():
    model = SplitPredictor()
    x, y = runs()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(4):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    model.eval()
    params = {k: v.detach() for k, v in model.named_parameters()}

    def run_loss(p, xi, yi):
        return (functional_call(model, p, (xi[None],)) - yi).pow(2).sum()

    g = grad(run_loss)
    norms = []
    for i in range(len(x)):
        gi = g(params, x[i], y[i])
        norms.append(sum(v.norm() ** 2 for v in gi.values()).sqrt().item())
    print("most suspicious run:", max(range(len(norms)), key=norms.__getitem__))


if __name__ == "__main__":
    main()
