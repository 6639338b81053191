import torch


class LossPrinter:
    def on_train_batch_end(self, trainer, loss):
        self.last = loss

    def on_validation_end(self, trainer, epoch, val):
        print(f"epoch {epoch} train {self.last:.4f} val {val:.4f}")


class SaliencyLogger:
    """Logs |d output / d input| on the last training batch."""

    def __init__(self, every=1):
        self.every = every
        self.records = []
        self.seen = 0

    def on_train_batch_end(self, trainer, loss):
        self.seen += 1
        if self.seen % self.every:
            return
        x, _ = trainer.last_batch
        x = x.clone().requires_grad_(True)
        out = trainer.model(x).sum()
        out.backward()
        self.records.append(x.grad.abs().mean(dim=(0, 2)))
        trainer.model.zero_grad()
