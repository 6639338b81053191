# expect: crash
"""Cooper barrel-stave moisture model: hooks dispatched by name from a callback list."""
import torch

from cooper import StaveNet, HookedLoop
from cooper.callbacks import ModeSwitch, MoistureProbe


def main():
    torch.manual_seed(5)
    model = StaveNet()
    loop = HookedLoop(model, callbacks=[MoistureProbe(), ModeSwitch()], epochs=3)
    loop.run(torch.randn(8, 5, 2), torch.randn(8))
    print("probe readings", loop.state["probe"])


if __name__ == "__main__":
    main()
