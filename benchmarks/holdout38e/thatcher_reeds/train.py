# expect: clean
"""Thatchers' reed bundles: classify bundle quality from a moisture-through-drying trace.

Hand-written LightningModule-style layout: the module declares training_step /
validation_step, a small Trainer in thatch.core runs them with a validation
check every few batches inside the epoch.
"""
import argparse
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from thatch import ReedModule, Trainer, reed_loader  # noqa: E402

log = logging.getLogger("thatch")


def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--val-every", type=int, default=2)
    p.add_argument("--hidden", type=int, default=8)
    return p.parse_args(argv)


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    args = parse_args(argv)
    torch.manual_seed(13)
    module = ReedModule(hidden=args.hidden)
    trainer = Trainer(max_epochs=args.epochs, val_check_interval=args.val_every)
    trainer.fit(module, reed_loader(6), reed_loader(2))
    log.info("final metrics %s", trainer.logged)


if __name__ == "__main__":
    main()
