# expect: clean
"""Quarry crane load swing: predict the peak swing angle of a suspended block
from the hoist telemetry. The gradient-norm regulariser is computed with
create_graph=True but only *logged* for now (lambda was set to zero after the
sweep); the step backpropagates the plain loss."""
import argparse

import torch
import torch.nn as nn

torch.manual_seed(2)


class SwingNet(nn.Module):
    def __init__(self, feat=4, hid=10):
        super().__init__()
        self.rnn = nn.LSTM(feat, hid, batch_first=True)
        self.head = nn.Linear(hid, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def telemetry(b, t=8, feat=4):
    x = torch.randn(b, t, feat)
    y = torch.tanh(x[..., 0].cumsum(1)[:, -1]) + 0.3 * x[:, -1, 3]
    return x, y


def regularised_step(model, opt, x, y, lam):
    params = [p for p in model.parameters() if p.requires_grad]
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, params, create_graph=True, retain_graph=True)
    penalty = sum((g ** 2).sum() for g in grads)
    total = loss + lam * penalty.detach() if lam == 0 else loss + lam * penalty
    opt.zero_grad()
    if lam == 0:
        loss.backward()
    else:
        total.backward()
    opt.step()
    return loss.item(), penalty.item()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--lam", type=float, default=0.0)
    args = ap.parse_args(argv)
    model = SwingNet()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for step in range(args.steps):
        x, y = telemetry(6)
        loss, pen = regularised_step(model, opt, x, y, args.lam)
        print(f"step {step}: mse {loss:.4f} grad-norm^2 {pen:.4f} (logged only)")


if __name__ == "__main__":
    main()
