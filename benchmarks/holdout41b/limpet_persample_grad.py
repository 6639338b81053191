# expect: crash
"""Limpet-picking tallies: per-sample gradient norms of a tide-sequence LSTM, used to
flag noisy survey records. Gradients come from torch.func.grad over functional_call."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class TideLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return ((pred - y.unsqueeze(0)) ** 2).mean()


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(sample_loss)
    norms = []
    for x, y in zip(xs, ys):
        g = g_fn(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


if __name__ == "__main__":
    model = TideLSTM()
    model.train()
    xs, ys = torch.randn(5, 6, 2), torch.randn(5)
    norms = per_sample_norms(model, xs, ys)
    flagged = [i for i, n in enumerate(norms) if n > sum(norms) / len(norms)]
    print("norms", [round(n, 3) for n in norms], "flagged", flagged)
