# expect: crash
"""Ice-road thickness forecaster: fit on auger logs, then fine-tune on the freshest segment."""
import argparse
import logging

import torch
from torch import nn

log = logging.getLogger("iceroad")
CONFIG = {"hidden": 8, "features": 3, "batch": 4, "steps": 6, "lr": 1e-2, "epochs": 2}


class ThicknessNet(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.proj = nn.Linear(features, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.out(h[:, -1])


def auger_batch(cfg):
    x = torch.randn(cfg["batch"], cfg["steps"], cfg["features"])
    y = x[:, :, 0].mean(dim=1, keepdim=True)
    return x, y


def mae(pred, y):
    return (pred - y).abs().mean().item()


def validate(model, cfg):
    model.eval()
    with torch.no_grad():
        x, y = auger_batch(cfg)
        return mae(model(x), y)


def train_epoch(model, opt, cfg):
    model.train()
    for _ in range(3):
        x, y = auger_batch(cfg)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def finetune_latest_segment(model, opt, cfg):
    # the model is still in the mode validate() left it in
    x, y = auger_batch(cfg)
    loss = nn.functional.smooth_l1_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(0)
    model = ThicknessNet(CONFIG["features"], CONFIG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    for epoch in range(args.epochs):
        train_epoch(model, opt, CONFIG)
        log.info("epoch %d val mae %.3f", epoch, validate(model, CONFIG))
    log.info("finetune loss %.3f", finetune_latest_segment(model, opt, CONFIG))


if __name__ == "__main__":
    main()
