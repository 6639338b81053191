import torch


class Callback:
    """Base class: every hook is optional."""


class EvalModeCallback(Callback):
    def on_validation_start(self, trainer):
        trainer.model.eval()

    def on_validation_end(self, trainer):
        trainer.model.train()


class LossLogger(Callback):
    def __init__(self):
        self.history = []

    def on_train_batch_end(self, trainer, loss):
        self.history.append(round(loss, 4))


class SiteswapAccuracy(Callback):
    def on_validation_batch_end(self, trainer, logits, y):
        trainer.metrics.setdefault("acc", []).append(
            (logits.argmax(-1) == y).float().mean().item())
