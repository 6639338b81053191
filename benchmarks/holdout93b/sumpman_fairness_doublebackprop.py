# expect: crash
"""Borehole yield regressor (sumpman drilling crew). A double-backprop penalty keeps the
prediction insensitive to the 'operator id' channel, a nuisance feature."""
import torch
import torch.nn as nn

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


def penalised_loss(model, x, y, lam=0.5):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    mse = ((pred - y) ** 2).mean()
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return mse + lam * gx[..., NUISANCE].pow(2).mean(), mse


def main():
    model = YieldNet()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(5, 6, 4), torch.randn(5)
        loss, mse = penalised_loss(model, x, y)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(step, round(mse.item(), 4), round(loss.item(), 4))


if __name__ == "__main__":
    main()
