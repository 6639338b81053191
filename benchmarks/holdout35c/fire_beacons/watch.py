# expect: crash
"""Fire-beacon chain: predict whether the next hill's beacon is lit in time.

Plugins subscribe to the module-level event bus when the package is imported;
the saliency plugin logs which watch-hour in the sequence drove each
validation prediction.
"""
import torch

import beacons
from beacons.train import train_loop


def main():
    torch.manual_seed(31)
    model = beacons.LightingLSTM(n_signals=4, hidden=8)
    train = [(torch.randn(5, 6, 4), torch.randint(0, 2, (5,)).float()) for _ in range(3)]
    valid = (torch.randn(3, 6, 4), torch.randint(0, 2, (3,)).float())
    history = train_loop(model, train, valid, epochs=2)
    print("history", history)
    print("saliency log", beacons.plugins.saliency.LOG)


if __name__ == "__main__":
    main()
