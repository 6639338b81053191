# expect: crash
"""Predictive maintenance: callbacks are named by dotted path in the run config and loaded with
importlib.import_module. The export callback freezes the model after each validation."""
import torch

from maint.config import CONFIG
from maint.loop import fit
from maint.model import SensorLSTM


def main():
    torch.manual_seed(0)
    model = SensorLSTM(n_sensors=CONFIG["n_sensors"], hidden=CONFIG["hidden"])
    data = [(torch.randn(4, 10, CONFIG["n_sensors"]), torch.rand(4)) for _ in range(2)]
    fit(model, data, data[:1], CONFIG)


if __name__ == "__main__":
    main()
