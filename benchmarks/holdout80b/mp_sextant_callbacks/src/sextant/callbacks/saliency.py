import torch


class SaliencyLogger:
    """Logs mean |d pred / d input| per time step after each validation."""

    def __init__(self, every=1):
        self.every = every

    def on_validation_end(self, trainer, logs, batch):
        if trainer.epoch % self.every:
            return
        x, _ = batch
        x = x.clone().requires_grad_(True)
        pred = trainer.model(x).sum()
        pred.backward()  # TM001-here
        sal = x.grad.abs().mean(dim=(0, 2))
        print("saliency per step", [round(v, 3) for v in sal.tolist()])
        trainer.model.zero_grad()
