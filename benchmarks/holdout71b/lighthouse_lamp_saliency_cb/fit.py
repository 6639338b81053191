# expect: crash
"""Lighthouse lamp rotation faults: a trainer with a list of callbacks; one logs input saliency."""
import torch

from lumen import LampNet, Trainer
from lumen.callbacks import LossLogger, SaliencyLogger


def main():
    torch.manual_seed(14)
    x, y = torch.randn(8, 10, 3), torch.randint(0, 2, (8,))
    model = LampNet()
    callbacks = [LossLogger(), SaliencyLogger(x[:2], every=1)]
    Trainer(model, callbacks, epochs=2).fit(x, y)


if __name__ == "__main__":
    main()
