# expect: crash
"""Millwright: predict gear-tooth wear from shaft-torque sequences. Training adds a
double-backprop smoothness term, the squared norm of d(loss)/d(input), so the wear
estimate is not brittle to sensor jitter."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(6)
CONFIG = {"hidden": 8, "batch": 6, "seq": 11, "lam": 0.1, "epochs": 3, "lr": 3e-3}


class WearRegressor(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)


def torque_batch(cfg):
    x = torch.randn(cfg["batch"], cfg["seq"], 2)
    y = x[..., 0].abs().mean(1) + 0.2 * x[..., 1].max(1).values
    return x, y


def smooth_loss(model, x, y, lam):
    x = x.clone().requires_grad_(True)
    task = F.mse_loss(model(x), y)
    (gx,) = torch.autograd.grad(task, x, create_graph=True)
    return task + lam * gx.pow(2).sum(dim=(1, 2)).mean(), task


def main(cfg=CONFIG):
    model = WearRegressor(cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    for ep in range(cfg["epochs"]):
        x, y = torque_batch(cfg)
        total, task = smooth_loss(model, x, y, cfg["lam"])
        opt.zero_grad()
        total.backward()  # TM003-here
        opt.step()
        print(f"epoch {ep} task {task.item():.4f} total {total.item():.4f}")


if __name__ == "__main__":
    main()
