# expect: clean
"""Borehole yield regressor (sumpman drilling crew). The nuisance-channel sensitivity is
computed with create_graph=True (left over from the penalty experiment) but is only
logged; the optimiser sees the plain MSE."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("sumpman")
torch.manual_seed(5)
NUISANCE = 3


class YieldNet(nn.Module):
    def __init__(self, feat=4, hid=8):
        super().__init__()
        self.rnn = nn.RNN(feat, hid, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def loss_and_sensitivity(model, x, y):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    mse = ((pred - y) ** 2).mean()
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return mse, gx[..., NUISANCE].pow(2).mean().item()


def main():
    model = YieldNet()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(5, 6, 4), torch.randn(5)
        mse, sens = loss_and_sensitivity(model, x, y)
        opt.zero_grad()
        mse.backward()
        opt.step()
        log.info("step %d mse %.4f nuisance-sens %.4f", step, mse.item(), sens)


if __name__ == "__main__":
    main()
