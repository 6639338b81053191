# expect: clean
"""Stonemason: predict chisel-strike depth from accelerometer bursts; stochastic layers are frozen with apply()."""
import torch

from mason.model import StrikeModel
from mason.regularise import freeze_stochastic
from mason.fit import fit


if __name__ == "__main__":
    torch.manual_seed(4)
    model = StrikeModel(hidden=10)
    model.train()
    model.apply(freeze_stochastic)
    data = [(torch.randn(4, 12, 3), torch.randn(4, 1)) for _ in range(3)]
    print("losses", [round(v, 4) for v in fit(model, data, epochs=2)])
