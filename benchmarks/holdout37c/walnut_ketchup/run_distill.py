# expect: clean
"""Distil the cellar's big ripeness model into a small one for the jar-line tablet."""
import torch

from ketchup import DistillRunner, build


def jars(n=6, days=9):
    x = torch.rand(n, days, 3)
    return x, (x[:, :, 0].mean(1) * 4).long().clamp(max=3)


if __name__ == "__main__":
    torch.manual_seed(19)
    runner = DistillRunner(build("teacher"), build("student"))
    for epoch in range(3):
        print(f"epoch {epoch}: loss {runner.train_step(*jars()):.4f}")
