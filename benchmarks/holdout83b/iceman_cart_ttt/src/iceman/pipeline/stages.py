import torch

from .modes import Evaluating


def _batch(n=4, t=6):
    x = torch.randn(n, t, 2)
    return x, x[:, :, 0].abs().mean(1)


def fit(net, steps=3):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    net.train()
    for _ in range(steps):
        x, y = _batch()
        loss = ((net(x) - y) ** 2).mean() + 0.5 * net.aux_loss(x)
        opt.zero_grad()
        loss.backward()
        opt.step()


def ttt_step(net, opt, x):
    opt.zero_grad()
    net.aux_loss(x).backward()  # TM001-here
    opt.step()


def deliver(net, n_batches=2):
    opt = torch.optim.SGD(net.trunk.parameters(), lr=1e-3)
    preds = []
    with Evaluating(net):
        for _ in range(n_batches):
            x, _ = _batch()
            ttt_step(net, opt, x)
            with torch.no_grad():
                preds.append(net(x).mean().item())
    return preds
