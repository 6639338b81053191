# expect: clean
"""Smokehouse curing: forecast a ham's core temperature from the smoke-box trace, with an
input-Jacobian penalty so the forecast is smooth in the sensor readings.

The double-backward penalty runs with cuDNN switched off for the whole step.
"""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger(__name__)

CFG = dict(sensors=3, hidden=8, batch=5, steps=12, lam=0.1, iters=3, lr=5e-3)


class CoreTempRNN(nn.Module):
    def __init__(self, sensors, hidden):
        super().__init__()
        self.rnn = nn.LSTM(sensors, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


def jacobian_penalty(model, x):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return pred, gx.pow(2).mean()


def step(model, opt, x, y):
    opt.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        pred, pen = jacobian_penalty(model, x)
        loss = nn.functional.mse_loss(pred, y) + CFG["lam"] * pen
        loss.backward()
    opt.step()
    return loss.item(), pen.item()


def main():
    torch.manual_seed(1)
    model = CoreTempRNN(CFG["sensors"], CFG["hidden"]).train()
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    for it in range(CFG["iters"]):
        x = torch.randn(CFG["batch"], CFG["steps"], CFG["sensors"])
        y = x.cumsum(1).mean(-1) * 0.1
        loss, pen = step(model, opt, x, y)
        log.info("iter %d loss %.4f jac %.4f", it, loss, pen)


if __name__ == "__main__":
    main()
