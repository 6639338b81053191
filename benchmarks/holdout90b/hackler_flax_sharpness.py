# expect: crash
"""Hackler flax-fibre quality: sharpness probe via Hessian-vector products during training."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp


class FibreNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def input_curvature(model, x, y, n_iter=3):
    """Power iteration on the input Hessian of the loss."""
    def loss_of(inp):
        return (model(inp) - y).pow(2).mean()

    v = torch.randn_like(x)
    v = v / v.norm()
    eig = 0.0
    for _ in range(n_iter):
        _, hv = hvp(loss_of, x, v)  # TM003-here
        eig = float((hv * v).sum())
        v = hv / (hv.norm() + 1e-12)
    return eig


if __name__ == "__main__":
    torch.manual_seed(9)
    model = FibreNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for epoch in range(3):
        model.train()
        x, y = torch.randn(5, 7, 2), torch.randn(5)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, float(loss), "curvature", input_curvature(model, x, y))
