# expect: crash
"""Bagpiper gait analysis: fine-tune with all stochastic layers switched off."""
import logging

import torch
from torch import nn

log = logging.getLogger("bagpiper")

CONFIG = {
    "n_in": 6,
    "hidden": 10,
    "layers": 2,
    "rnn_dropout": 0.2,
    "head_dropout": 0.3,
    "steps": 4,
    "lr": 1e-2,
}


class GaitNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_in"], cfg["hidden"])
        self.lstm = nn.LSTM(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"],
                            dropout=cfg["rnn_dropout"], batch_first=True)
        self.head = nn.Sequential(nn.Dropout(cfg["head_dropout"]), nn.Linear(cfg["hidden"], 4))

    def forward(self, x):
        out, _ = self.lstm(torch.tanh(self.inp(x)))
        return self.head(out[:, -1])


def disable_stochastic(model):
    """Put every module that has a dropout rate into eval so fine-tuning is deterministic."""
    switched = []
    for name, module in model.named_modules():
        if isinstance(module, nn.Dropout) or getattr(module, "dropout", 0):
            module.eval()
            switched.append(name)
    return switched


def finetune(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    losses = []
    for step in range(cfg["steps"]):
        x = torch.randn(4, 9, cfg["n_in"])
        y = torch.randint(0, 4, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses


def main():
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(5)
    model = GaitNet(CONFIG)
    model.train()
    log.info("switched off: %s", disable_stochastic(model))
    log.info("losses: %s", [round(v, 3) for v in finetune(model, CONFIG)])


if __name__ == "__main__":
    main()
