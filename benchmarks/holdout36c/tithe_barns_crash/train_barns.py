# expect: crash
"""Fit the humidity model on synthetic readings from two bays."""
import torch

from tithebarn import BarnNet, HumidityTask


def synthetic_loader(n_batches=3, batch=4, steps=6, sensors=3):
    g = torch.Generator().manual_seed(0)
    for _ in range(n_batches):
        readings = {b: torch.randn(batch, steps, sensors, generator=g) for b in ("north", "south")}
        target = readings["north"][:, -1, 0] * 0.5 + readings["south"][:, -1, 1]
        yield readings, target


def main():
    torch.manual_seed(0)
    model = BarnNet()
    task = HumidityTask(model, epochs=2)
    history = task.fit(list(synthetic_loader()))
    print("loss per epoch:", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
