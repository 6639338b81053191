from contextlib import contextmanager

import torch
import torch.nn.functional as F


@contextmanager
def evaluating(model):
    was_training = model.training
    try:
        model.eval()
        yield model
    finally:
        if was_training:
            model.train()


class EmaValidation:
    def __init__(self, ema):
        self.ema = ema

    def on_epoch_end(self, trainer, epoch):
        self.ema.store()
        self.ema.apply_to()
        with evaluating(trainer.model) as m, torch.no_grad():
            x, y = trainer.last_batch
            loss = F.cross_entropy(m(x).flatten(0, 1), y.flatten())
        self.ema.restore()
        print(f"epoch {epoch}: ema val loss {loss.item():.3f}")
