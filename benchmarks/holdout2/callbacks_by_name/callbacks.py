import torch

from trainer import Callback


class PrintProgress(Callback):
    def on_train_batch_end(self, trainer, module, out):
        if trainer.global_step % 2 == 0:
            print(f"step {trainer.global_step}: loss={out['loss']:.4f}")


class ValidateEvery(Callback):
    """Runs validation every `every` steps and records the score in trainer.logged."""

    def __init__(self, every=3):
        self.every = every

    def on_train_batch_end(self, trainer, module, out):
        if trainer.global_step % self.every:
            return
        module.eval()
        with torch.no_grad():
            scores = [module.validation_step(b) for b in trainer.val_batches]
        trainer.logged["val_acc"] = sum(scores) / len(scores)
        print(f"step {trainer.global_step}: val_acc={trainer.logged['val_acc']:.3f}")


class StopOnPlateau(Callback):
    def __init__(self, patience=2):
        self.patience, self.best, self.bad = patience, -1.0, 0

    def on_train_epoch_end(self, trainer, module):
        acc = trainer.logged.get("val_acc", 0.0)
        if acc > self.best:
            self.best, self.bad = acc, 0
        else:
            self.bad += 1
            trainer.should_stop = self.bad >= self.patience
