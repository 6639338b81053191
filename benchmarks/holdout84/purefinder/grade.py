# expect: crash
"""Purefinder: grades tannery batches from vat sensor sequences, then
reports which sensor the grading is most sensitive to."""
import torch
import torch.nn.functional as F

from purefinder.build import build

CFG = {"arch": "seq", "hidden": 8, "steps": 3}


def train(model, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def sensor_sensitivity(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    top = model(x).max(dim=1).values.sum()
    top.backward()  # TM001-here
    return x.grad.abs().sum(dim=(0, 1))


if __name__ == "__main__":
    torch.manual_seed(10)
    model = build(CFG)
    train(model, CFG["steps"])
    print(CFG["arch"], sensor_sensitivity(model, torch.randn(3, 6, 4)).tolist())
