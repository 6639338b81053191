# expect: clean
"""Bobsled runs: predict the finish time from the first split times and sled
telemetry. A running "best weights" copy is restored whenever validation gets
worse, and training continues from it.

The per-step metric helper switches the model to eval before it scores the
validation heat, which happens after the training forward of that step.
"""
import copy
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.WARNING, format="%(message)s")
log = logging.getLogger("bobsled")

CONFIG = {"hidden": 8, "splits": 5, "feat": 3, "lr": 4e-3, "epochs": 4, "patience": 1}


class SledRNN(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.rnn = nn.RNN(feat, hidden, batch_first=True, nonlinearity="tanh")
        self.finish = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.finish(h[:, -1]).squeeze(-1)


def heats(n, cfg):
    x = torch.randn(n, cfg["splits"], cfg["feat"])
    return x, x[..., 0].cumsum(1)[:, -1] * 0.3 + 50.0 / 10


def score_heat(model, heat):
    model.eval()
    with torch.no_grad():
        x, y = heat
        return nn.functional.l1_loss(model(x), y).item()


def main():
    torch.manual_seed(7)
    cfg = CONFIG
    model = SledRNN(cfg["feat"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    train_x, train_y = heats(16, cfg)
    val = heats(6, cfg)
    best, best_state, bad = float("inf"), copy.deepcopy(model.state_dict()), 0
    for epoch in range(cfg["epochs"]):
        for i in range(0, 16, 4):
            model.train()
            pred = model(train_x[i:i + 4])
            loss = nn.functional.mse_loss(pred, train_y[i:i + 4])
            val_l1 = score_heat(model, val)
            opt.zero_grad()
            loss.backward()
            opt.step()
        if val_l1 < best:
            best, best_state, bad = val_l1, copy.deepcopy(model.state_dict()), 0
        else:
            bad += 1
            if bad > cfg["patience"]:
                model.load_state_dict(best_state)
                bad = 0
                log.warning("restored best weights at epoch %d", epoch)
        print(f"epoch {epoch} train {loss.item():.3f} val {val_l1:.3f}")


if __name__ == "__main__":
    main()
