# expect: clean
"""Hedge mazes: predict how long visitors take to reach the centre from the
sequence of junction choices they made. Parameters are updated functionally
with torch.func.grad (a pure train step that can be jit-compiled elsewhere).
"""
from typing import TypedDict

import torch
import torch.nn as nn
from torch.func import functional_call, grad


class MazeConfig(TypedDict):
    junctions: int
    hidden: int
    lr: float
    steps: int
    deterministic: bool


CFG: MazeConfig = {"junctions": 5, "hidden": 8, "lr": 0.05, "steps": 8, "deterministic": True}


class ChoiceRNN(nn.Module):
    def __init__(self, junctions, hidden):
        super().__init__()
        self.emb = nn.Embedding(junctions, 4)
        self.rnn = nn.GRU(4, hidden, batch_first=True)
        self.minutes = nn.Linear(hidden, 1)

    def forward(self, choices):
        h, _ = self.rnn(self.emb(choices))
        return self.minutes(h[:, -1]).squeeze(-1)


def configure_backends(cfg: MazeConfig) -> None:
    # reproducible kernels for the paper's timing tables
    torch.backends.cudnn.benchmark = False
    torch.backends.cudnn.deterministic = cfg["deterministic"]
    torch.backends.cudnn.enabled = not cfg["deterministic"]


def visits(n, cfg: MazeConfig):
    choices = torch.randint(0, cfg["junctions"], (n, 9))
    minutes = (choices == 0).float().sum(1) * 1.5 + (choices == 3).float().sum(1) * 0.5
    return choices, minutes


def make_step(model, cfg: MazeConfig):
    def loss_fn(params, x, y):
        return nn.functional.mse_loss(functional_call(model, params, (x,)), y)

    g = grad(loss_fn)

    def step(params, x, y):
        grads = g(params, x, y)
        return {k: params[k] - cfg["lr"] * grads[k] for k in params}, loss_fn(params, x, y)

    return step


def main():
    torch.manual_seed(13)
    configure_backends(CFG)
    model = ChoiceRNN(CFG["junctions"], CFG["hidden"])
    params = {k: v.detach().clone() for k, v in model.named_parameters()}
    step = make_step(model, CFG)
    for i in range(CFG["steps"]):
        x, y = visits(6, CFG)
        params, loss = step(params, x, y)
        if i % 3 == 0:
            print(f"step {i} loss {loss.item():.3f}")
    model.load_state_dict(params, strict=False)
    model.eval()
    with torch.no_grad():
        x, y = visits(4, CFG)
        print("held-out MAE", (model(x) - y).abs().mean().item())


if __name__ == "__main__":
    main()
