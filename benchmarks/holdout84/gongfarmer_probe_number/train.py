# expect: clean
"""Gongfarmer: predicts cesspit fill levels from rainfall and usage logs.
A stability probe, wrapped by an evaluation decorator, is folded into the loss."""
import torch

from gongfarmer.model import PitModel
from gongfarmer.probes import stability_probe

SETTINGS = {"steps": 3, "lr": 5e-3, "probe_weight": 0.1}


def batch():
    return torch.randn(4, 6, 3), torch.rand(4, 1)


def main():
    torch.manual_seed(5)
    model = PitModel()
    opt = torch.optim.SGD(model.parameters(), lr=SETTINGS["lr"])
    for step in range(SETTINGS["steps"]):
        x, y = batch()
        model.train()
        fit = torch.nn.functional.mse_loss(model(x), y)
        probe = stability_probe(model, x).item()
        loss = fit + SETTINGS["probe_weight"] * probe
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
