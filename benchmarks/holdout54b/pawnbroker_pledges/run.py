# expect: clean
"""Pawnbroker pledge redemption: will the customer come back for the ring?

Callbacks are registered in a list and called by name at each event.  The
valuation callback scores an eval-mode shadow of the model, and the saliency
callback logs which payment months drive the prediction.
"""
import logging

import torch

from callbacks import SaliencyLogger, ShadowValuation
from data import pledge_ledgers
from model import PledgeModel
from trainer import Trainer


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    torch.manual_seed(21)
    train, val = pledge_ledgers(32, seed=0), pledge_ledgers(8, seed=1)
    trainer = Trainer(PledgeModel(hidden=8), lr=5e-3)
    trainer.callbacks.append(ShadowValuation(val))
    trainer.callbacks.append(SaliencyLogger(val[0][:2]))
    trainer.fit(train, epochs=3)


if __name__ == "__main__":
    main()
