# expect: clean
"""Canal barge draft alerts: a trainer with a list of callbacks; one logs input saliency."""
import torch

from draftlog import DraftNet, Trainer
from draftlog.callbacks import LossLogger, SaliencyLogger


def main():
    torch.manual_seed(14)
    x, y = torch.randn(8, 10, 3), torch.randint(0, 2, (8,))
    model = DraftNet()
    callbacks = [LossLogger(), SaliencyLogger(x[:2], every=1)]
    Trainer(model, callbacks, epochs=2).fit(x, y)


if __name__ == "__main__":
    main()
