# expect: clean
"""Miller: an energy model over grain-flow sensor traces, sampled by Langevin
dynamics for negative examples (short-run EBM training)."""
import math

import torch
import torch.nn as nn

torch.manual_seed(1)

CFG = {"hidden": 8, "steps": 4, "step_size": 0.1, "noise": 0.01, "epochs": 2, "seq": 6, "batch": 4}


class EnergyGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h.mean(1)).squeeze(-1)


def langevin(model, x0, cfg):
    """Short-run sampler in eval mode; cuDNN is switched off for the sampling loop."""
    was_training = model.training
    model.eval()
    x = x0.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        for _ in range(cfg["steps"]):
            energy = model(x).sum()
            (g,) = torch.autograd.grad(energy, x)
            x = (x - cfg["step_size"] * g + cfg["noise"] * torch.randn_like(x)).detach().requires_grad_(True)
    model.train(was_training)
    return x.detach()


def main(cfg=CFG):
    model = EnergyGRU(cfg["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    data = torch.sin(torch.linspace(0, 3 * math.pi, cfg["seq"]))[None, :, None].repeat(cfg["batch"], 1, 2)
    model.train()
    for epoch in range(cfg["epochs"]):
        neg = langevin(model, torch.randn_like(data), cfg)
        loss = model(data).mean() - model(neg).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("epoch", epoch, "cd loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
