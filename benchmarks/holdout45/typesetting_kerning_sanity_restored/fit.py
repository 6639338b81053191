# expect: clean
"""Train the pair-kerning model on synthetic glyph outlines."""
import logging

import torch

from kernlab import Trainer, TrainerConfig, build_model


class KernTrainer(Trainer):
    def on_fit_start(self):
        logging.getLogger("kernlab").info("fitting %d params",
                                          sum(p.numel() for p in self.model.parameters()))


def synthetic(n_batches, batch=4, length=7, n_feat=6):
    return [(torch.randn(batch, length, n_feat), torch.randn(batch, length)) for _ in range(n_batches)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(3)
    model = build_model({"n_feat": 6, "hidden": 12})
    trainer = KernTrainer(model, synthetic(4), synthetic(2), TrainerConfig(max_epochs=2))
    history = trainer.fit()
    print("val mse", round(history[-1]["val_mse"], 4))


if __name__ == "__main__":
    main()
