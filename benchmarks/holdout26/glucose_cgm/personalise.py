# expect: clean
"""Glucose forecasting from wearables: per-patient personalisation with dropout switched off."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from cgm import PopulationModel, personalise  # noqa: E402


def main():
    torch.manual_seed(7)
    model = PopulationModel()
    for pid in range(2):
        x, y = torch.randn(4, 12, 3), torch.randn(4, 3)
        print("patient", pid, personalise(model, x, y))


if __name__ == "__main__":
    main()
