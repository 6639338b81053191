# expect: clean
"""Glassblowing furnace: predict crown temperature 10 minutes ahead from burner gas
flow, door openings and glory-hole temperature. Every other epoch we log a sharpness
estimate (a Hessian-vector product along the gradient) next to the loss.
"""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("furnace")
torch.manual_seed(8)


class CrownTemp(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.proj(out[:, -1]).squeeze(-1)


def shift_log(b=6, t=12):
    gas = torch.rand(b, t, 1)
    door = (torch.rand(b, t, 1) > 0.8).float()
    glory = torch.randn(b, t, 1).cumsum(1) * 0.05
    y = gas.mean((1, 2)) * 2 - door.mean((1, 2)) + glory[:, -1, 0]
    return torch.cat([gas, door, glory], -1), y


def sharpness(model, x, y):
    params = [p for p in model.parameters() if p.requires_grad]
    with second_order_safe():
        loss = nn.functional.mse_loss(model(x), y)
        grads = torch.autograd.grad(loss, params, create_graph=True)
        norm = torch.sqrt(sum(g.pow(2).sum() for g in grads))
        v = [g.detach() / (norm.detach() + 1e-12) for g in grads]
        gv = sum((g * vi).sum() for g, vi in zip(grads, v))
        hv = torch.autograd.grad(gv, params)
    return sum((h * vi).sum() for h, vi in zip(hv, v)).item()


def train(model, epochs=4):
    opt = torch.optim.AdamW(model.parameters(), lr=5e-3)
    for ep in range(epochs):
        model.train()
        x, y = shift_log()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        msg = f"epoch {ep} loss {loss.item():.4f}"
        if ep % 2 == 1:
            msg += f" sharpness {sharpness(model, *shift_log()):.4f}"
        log.info(msg)


def second_order_safe():
    """cuDNN RNNs have no double backward; run curvature probes on the native kernels."""
    return torch.backends.cudnn.flags(enabled=False)


if __name__ == "__main__":
    train(CrownTemp())
