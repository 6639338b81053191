# expect: crash
"""Milkmaid yields: per-cow gradient norms with torch.func to spot noisy herd records."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class YieldNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return ((pred - y.unsqueeze(0)) ** 2).mean()


def per_cow_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    g_fn = grad(sample_loss)
    for i in range(xs.shape[0]):
        g = g_fn(params, buffers, model, xs[i], ys[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


if __name__ == "__main__":
    model = YieldNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    xs, ys = torch.randn(6, 5, 2), torch.randn(6)
    for _ in range(3):
        loss = nn.functional.mse_loss(model(xs), ys)
        opt.zero_grad(); loss.backward(); opt.step()
    norms = per_cow_grad_norms(model, xs, ys)
    print("noisiest record", int(norms.argmax()), norms)
