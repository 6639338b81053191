# expect: crash
"""Canal-lock water levels: forecast the pound level above a flight of locks from
lockage counts, feeder inflow and the level gauge. Validation runs every
`eval_every` optimisation steps, inside the batch loop, as in the big-data setups.
"""
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)
CONFIG = {
    "hidden": 12,
    "layers": 1,
    "epochs": 2,
    "steps_per_epoch": 6,
    "eval_every": 4,
    "batch": 4,
    "window": 16,
    "lr": 2e-3,
}


class PoundLevel(nn.Module):
    def __init__(self, hidden, layers):
        super().__init__()
        self.inp = nn.Linear(3, hidden)
        self.rnn = nn.RNN(hidden, hidden, num_layers=layers, nonlinearity="tanh", batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        z, _ = self.rnn(F.relu(self.inp(x)))
        return self.out(z).squeeze(-1)


def window_batch(b, w):
    lockages = torch.poisson(torch.full((b, w, 1), 2.0))
    feeder = torch.rand(b, w, 1)
    level = (feeder - 0.1 * lockages).cumsum(1) * 0.05
    x = torch.cat([lockages, feeder, level], -1)
    return x[:, :-1], level[:, 1:, 0]


class Meter:
    def __init__(self):
        self.n, self.s = 0, 0.0

    def add(self, v, k=1):
        self.s += v * k
        self.n += k

    @property
    def avg(self):
        return self.s / max(self.n, 1)


def validate(model, cfg):
    model.eval()
    m = Meter()
    with torch.no_grad():
        for _ in range(2):
            x, y = window_batch(cfg["batch"], cfg["window"])
            m.add(F.mse_loss(model(x), y).item(), x.size(0))
    return m.avg


def main(cfg):
    model = PoundLevel(cfg["hidden"], cfg["layers"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    global_step = 0
    for epoch in range(cfg["epochs"]):
        model.train()
        meter, t0 = Meter(), time.time()
        for _ in range(cfg["steps_per_epoch"]):
            x, y = window_batch(cfg["batch"], cfg["window"])
            loss = F.mse_loss(model(x), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()  # TM001-here
            opt.step()
            meter.add(loss.item(), x.size(0))
            global_step += 1
            if global_step % cfg["eval_every"] == 0:
                print(f"step {global_step} train {meter.avg:.4f} val {validate(model, cfg):.4f}")
        print(f"epoch {epoch} done in {time.time() - t0:.2f}s")


if __name__ == "__main__":
    main(CONFIG)
