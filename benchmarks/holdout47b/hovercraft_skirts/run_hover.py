# expect: clean
"""Hovercraft skirt wear: predict skirt-pressure loss from lift-fan telemetry.

Evaluation and training are written as `with` blocks of a mode-switching context manager."""
import torch

from hoverlib import SkirtNet, fit


def main():
    torch.manual_seed(25)
    model = SkirtNet()
    model.eval()  # start from "deployed" state, as loaded from the fleet
    report = fit(model, epochs=2, steps=3)
    for row in report:
        print(row)


if __name__ == "__main__":
    main()
