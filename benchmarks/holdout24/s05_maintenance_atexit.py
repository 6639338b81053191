# expect: clean
"""Predictive maintenance from sensor logs: an LSTM remaining-useful-life regressor.

The model is put in eval mode for export, but only from an atexit handler, i.e. after training ends.
"""
import atexit
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("rul")


class RULNet(nn.Module):
    def __init__(self, n_sensors=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)


def make_logs(n=8, t=12, s=5):
    wear = torch.linspace(0, 1, t).repeat(n, 1).unsqueeze(-1)
    return torch.randn(n, t, s) * 0.1 + wear, torch.rand(n) * 100


model = RULNet()


def finalize():
    model.eval()
    log.info("model frozen for export (training=%s)", model.training)


atexit.register(finalize)


def main():
    torch.manual_seed(3)
    x, rul = make_logs()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(4):
        pred = model(x)
        loss = nn.functional.smooth_l1_loss(pred, rul / 100)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


if __name__ == "__main__":
    main()
