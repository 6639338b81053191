# expect: crash
"""ostler: stable-feed intake forecasting with mid-epoch validation every few steps."""
import torch

from ostler.trainer import FeedTrainer
from ostler.model import IntakeGRU


def main():
    torch.manual_seed(21)
    model = IntakeGRU(features=3, hidden=7)
    trainer = FeedTrainer(model, val_every=2, epochs=2)
    trainer.fit()
    print("val log", trainer.val_log)


if __name__ == "__main__":
    main()
