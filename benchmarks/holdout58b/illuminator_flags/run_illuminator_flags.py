# expect: clean
"""Train the pigment classifier and log relevance after each validation."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from illuminator import build_model, Trainer, SaliencyLogger, HistoryLogger  # noqa: E402

CONFIG = {
    "model": {"arch": "pigment_lstm", "n_feats": 6, "hidden": 12, "n_classes": 3},
    "epochs": 2,
    "lr": 5e-3,
}


class VerboseTrainer(Trainer):
    def on_epoch_end(self, epoch):
        logging.getLogger("illuminator").info("epoch %d done", epoch)
        super().on_epoch_end(epoch)


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 6, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = build_model(CONFIG["model"])
    sal = SaliencyLogger(every=1)
    trainer = VerboseTrainer(model, make_batches(3, 1), make_batches(2, 2), lr=CONFIG["lr"],
                             callbacks=[HistoryLogger(), sal])
    trainer.fit(CONFIG["epochs"])
    print("relevance per step:", [s.shape for s in sal.scores])


if __name__ == "__main__":
    main()
