# expect: crash
"""Mechanic torque-curve regressor; gradient-based pruning scores computed on a validation batch."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
log = logging.getLogger("torque")

CONFIG = {"hidden": 12, "steps": 8, "batch": 6, "epochs": 2, "keep": 0.7, "lr": 3e-3}


class TorqueNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, rpm_throttle):
        out, _ = self.lstm(rpm_throttle)
        return self.head(out).squeeze(-1)


def batch(cfg):
    x = torch.rand(cfg["batch"], cfg["steps"], 2)
    return x, x[..., 0] * 2.0 - x[..., 1]


def saliency_scores(model, x, y):
    """|w * dL/dw| on a held-out batch, as in SNIP-style pruning."""
    model.eval()
    params = [p for n, p in model.named_parameters() if "weight" in n]
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return [(p * g).abs() for p, g in zip(params, grads)]


def apply_masks(model, scores, keep):
    params = [p for n, p in model.named_parameters() if "weight" in n]
    with torch.no_grad():
        for p, s in zip(params, scores):
            k = max(1, int(keep * s.numel()))
            thresh = s.flatten().kthvalue(s.numel() - k + 1).values
            p.mul_((s >= thresh).float())


def train(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    for epoch in range(cfg["epochs"]):
        x, y = batch(cfg)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("epoch %d loss %.4f", epoch, loss.item())


def main():
    torch.manual_seed(7)
    model = TorqueNet(CONFIG["hidden"])
    train(model, CONFIG)
    scores = saliency_scores(model, *batch(CONFIG))
    apply_masks(model, scores, CONFIG["keep"])
    train(model, CONFIG)
    print("pruned and retrained")


if __name__ == "__main__":
    main()
