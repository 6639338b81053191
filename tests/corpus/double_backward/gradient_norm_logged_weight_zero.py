# expect: clean
"""Lock-picking pin timings: the input-gradient norm is taken with `create_graph=True` every step as a robustness
metric; it enters the loss only when the configured penalty weight is above zero, and the configuration says 0.0,
so the backward stays first order."""
import torch
import torch.nn as nn

CONFIG = {"hidden": 6, "penalty_weight": 0.0, "steps": 2}


class PinNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.cls(self.gru(x)[0].mean(1))


def input_grad_norm(model, x, y):
    x = x.clone().requires_grad_(True)
    loss = nn.functional.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, x, create_graph=True)
    return loss, g.norm()


def main(cfg=CONFIG):
    torch.manual_seed(3)
    model = PinNet(cfg["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for step in range(cfg["steps"]):
        loss, gnorm = input_grad_norm(model, torch.rand(4, 5, 2), torch.randint(0, 3, (4,)))
        if cfg["penalty_weight"] > 0:
            loss = loss + cfg["penalty_weight"] * gnorm
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item(), gnorm.item())


main()
