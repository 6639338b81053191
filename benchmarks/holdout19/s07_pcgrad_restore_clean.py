# expect: clean
"""PCGrad over two tasks; validation restores the previous mode with train(was_training)."""
import torch
import torch.nn as nn


class TwoTask(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.a = nn.Linear(8, 2)
        self.b = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.a(h[:, -1]), self.b(h[:, -1]).squeeze(-1)


def losses(m, x, ya, yb):
    pa, pb = m(x)
    return nn.functional.cross_entropy(pa, ya), nn.functional.mse_loss(pb, yb)


def surgery(g1, g2):
    d = torch.dot(g1, g2)
    if d < 0:
        g1 = g1 - d / (g2.norm() ** 2 + 1e-12) * g2
        g2 = g2 - d / (g1.norm() ** 2 + 1e-12) * g1
    return g1 + g2


def flat(grads, params):
    return torch.cat([(g if g is not None else torch.zeros_like(p)).flatten() for g, p in zip(grads, params)])


def validate(m, batch):
    was_training = m.training
    m.eval()
    with torch.no_grad():
        out = [l.item() for l in losses(m, *batch)]
    m.train(was_training)
    return out


if __name__ == "__main__":
    torch.manual_seed(3)
    m = TwoTask()
    m.train()
    params = list(m.parameters())
    opt = torch.optim.SGD(params, lr=0.1)
    batch = (torch.randn(4, 5, 4), torch.randint(0, 2, (4,)), torch.randn(4))
    for step in range(3):
        print("val", validate(m, batch))
        la, lb = losses(m, *batch)
        ga = flat(torch.autograd.grad(la, params, retain_graph=True, allow_unused=True), params)
        gb = flat(torch.autograd.grad(lb, params, allow_unused=True), params)
        g = surgery(ga, gb)
        off = 0
        for p in params:
            p.grad = g[off:off + p.numel()].view_as(p)
            off += p.numel()
        opt.step()
