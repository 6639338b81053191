import torch


class LossPrinter:
    def on_train_epoch_end(self, trainer, module):
        losses = [v for k, v in trainer.logged if k == "train_loss"]
        print("epoch", trainer.current_epoch, "loss", round(losses[-1], 4))


class SaliencyLogger:
    """Logs the mean |d score / d input| over a fixed probe batch."""

    def __init__(self, probe):
        self.probe = probe

    def on_train_epoch_start(self, trainer, module):
        x = self.probe.clone().requires_grad_(True)
        with torch.enable_grad():
            score = module(x).max(-1).values.sum()
            (g,) = torch.autograd.grad(score, x)
        trainer.logged.append(("saliency", g.abs().mean().item()))
