# expect: clean
"""Farrier forge: predict shoe wear from hoof-strike sequences; callbacks are dispatched by hook name."""
import torch

from forge.callbacks import ModeRestorer, ValLossLogger
from forge.loop import Loop
from forge.net import HoofNet

if __name__ == "__main__":
    torch.manual_seed(4)
    data = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(3)]
    val = [(torch.randn(4, 5, 3), torch.randn(4, 1))]
    loop = Loop(HoofNet(), callbacks=[ValLossLogger(val), ModeRestorer()])
    loop.fit(data, epochs=3)
    print("logged", loop.logs)
