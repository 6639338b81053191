"""Per-burrow gradient diagnostics for the warren-count model."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class BurrowLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return nn.functional.softplus(self.rate(h[:, -1])).squeeze(-1)


def poisson_nll(model, params, x, y):
    lam = functional_call(model, params, (x,))
    return nn.functional.poisson_nll_loss(lam, y, log_input=False)


def per_sample_grad_norms(model, xs, ys):
    """One functional gradient per burrow; used to spot mislabelled counts."""
    params = {k: v.detach() for k, v in model.named_parameters()}
    loss_of = lambda p, x, y: poisson_nll(model, p, x, y)
    norms = []
    for i in range(len(xs)):
        g = grad(loss_of)(params, xs[i:i + 1], ys[i:i + 1])  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())).item())
    return torch.tensor(norms)
