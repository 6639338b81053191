import torch
import torch.nn.functional as F


def _hides(n=4):
    return torch.randn(n, 10, 3), torch.rand(n)


def _update(runner):
    x, y = _hides()
    loss = F.mse_loss(runner.model(x), y)
    runner.opt.zero_grad()
    loss.backward()
    runner.opt.step()


def soak(runner):
    runner.model.train()
    _update(runner)


@torch.no_grad()
def score(runner):
    runner.model.eval()
    x, y = _hides()
    print("score", F.l1_loss(runner.model(x), y).item())


def tune(runner):
    _update(runner)
