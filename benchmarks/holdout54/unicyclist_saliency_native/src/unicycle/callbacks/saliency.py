import torch


class SaliencyLogger:
    """Logs which time step of the first validation ride drives the fall score."""

    def __init__(self, every=1):
        self.every = every

    def _saliency(self, model, x):
        x = x.clone().requires_grad_(True)
        # eval-mode RNN backward: keep cuDNN out of it
        with torch.enable_grad(), torch.backends.cudnn.flags(enabled=False):
            score = torch.sigmoid(model(x)).sum()
            score.backward()
        return x.grad.abs().sum(-1)

    def on_validation_end(self, trainer):
        if trainer.epoch % self.every:
            return
        x, _ = trainer.val_batches[0]
        sal = self._saliency(trainer.model, x)
        trainer.model.zero_grad()
        trainer.log("saliency_peak", sal.argmax(-1).tolist())
