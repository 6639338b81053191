# expect: clean
"""Signal box lever prediction: the validation hook puts the model back in train mode before adapting."""
import logging
import sys

import torch

sys.path.insert(0, "src")
from levers import Trainer, ValidationMixin, build_model  # noqa: E402

CFG = {"model": "lever_lstm", "model_args": {"n_levers": 10, "hidden": 8}, "lr": 1e-2, "epochs": 2}


class BoxTrainer(ValidationMixin, Trainer):
    def on_validation_end(self, epoch, val_loss):
        super().on_validation_end(epoch, val_loss)
        # adapt to the most recent shift before the next epoch
        self.on_epoch_start(epoch)
        self.training_step(self.latest)


def main():
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(5)
    train = [torch.randint(0, 10, (4, 9)) for _ in range(3)]
    val = [torch.randint(0, 10, (4, 9)) for _ in range(2)]
    trainer = BoxTrainer(build_model(CFG), CFG)
    trainer.latest = val[-1]
    trainer.fit(train, val)


if __name__ == "__main__":
    main()
