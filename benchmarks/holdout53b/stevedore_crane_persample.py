# expect: crash
"""Stevedore crane load-swing forecaster with per-sample gradient norms (for outlier lifts).

Per-sample grads are taken with torch.func.grad over functional_call; the model is in train mode,
which does not help a cuDNN RNN under a functorch transform.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)


class SwingNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, x, y):
        pred = functional_call(model, p, (x.unsqueeze(0),))
        return (pred - y.unsqueeze(0)).pow(2).mean()

    norms = []
    for i in range(xs.shape[0]):  # loop, not vmap: vmap has no batching rule for lstm
        g = grad(loss_one)(params, xs[i], ys[i])  # TM002-here
        norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = SwingNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(6, 9, 3), torch.randn(6)
    model.train()
    for _ in range(3):
        loss = (model(xs) - ys).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    norms = per_sample_norms(model, xs, ys)
    print("outlier lifts:", (norms > norms.mean() + norms.std()).nonzero().flatten().tolist())


if __name__ == "__main__":
    main()
