# expect: clean
"""Mushroom farm: predict days-to-pinning from grow-room humidity/CO2/temperature logs.

Trains with a flatness regulariser restricted to the regression head:
loss + rho * ||grad_head loss||^2.  Only the head's gradient is kept with
create_graph=True; its graph runs through the GRU *outputs*, not through the GRU's
backward, so the second differentiation is first-order in the recurrent layers."""
import logging
import math

import torch
import torch.nn as nn

log = logging.getLogger("pinning")
CONFIG = {"hidden": 10, "rho": 0.05, "lr": 3e-3, "epochs": 3, "batch": 4, "seq": 14}


class GrowRoomGRU(nn.Module):
    def __init__(self, n_sensors=3, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_sensors, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.reg(h[-1]).squeeze(-1)


def synthetic_rooms(n, seq):
    t = torch.linspace(0, 1, seq)
    humid = 0.85 + 0.05 * torch.sin(6.28 * t + torch.rand(n, 1))
    co2 = torch.rand(n, seq) * 0.3
    temp = 0.6 + 0.02 * torch.randn(n, seq)
    x = torch.stack([humid, co2, temp], -1)
    days = 10 + 5 * co2.mean(1) + torch.randn(n) * 0.3
    return x, days


def penalised_loss(model, x, y, rho):
    loss = nn.functional.smooth_l1_loss(model(x), y)
    head = list(model.reg.parameters())
    grads = torch.autograd.grad(loss, head, create_graph=True)
    gnorm2 = sum((g ** 2).sum() for g in grads)
    return loss + rho * gnorm2, loss.detach(), gnorm2.detach()


def main(cfg=CONFIG):
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(2)
    model = GrowRoomGRU(hidden=cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    x, y = synthetic_rooms(cfg["batch"] * 2, cfg["seq"])
    for epoch in range(cfg["epochs"]):
        model.train()
        for i in range(0, x.shape[0], cfg["batch"]):
            total, loss, gn = penalised_loss(model, x[i : i + cfg["batch"]], y[i : i + cfg["batch"]], cfg["rho"])
            opt.zero_grad()
            total.backward()
            opt.step()
        log.info("epoch %d loss %.4f gradnorm %.4f", epoch, loss, math.sqrt(gn))


if __name__ == "__main__":
    main()
