from .base import Callback


class SaliencyLogger(Callback):
    """Logs mean |d logit / d input| per frequency band for the last validation batch."""

    def __init__(self, every=1):
        self.every = every

    def on_validation_end(self, trainer, module):
        if trainer.current_epoch % self.every:
            return
        x, y = trainer.last_val_batch
        x = x.clone().requires_grad_(True)
        logits = module(x)
        logits.gather(1, y[:, None]).sum().backward()  # TM001-here
        sal = x.grad.abs().mean(dim=(0, 1))
        module.zero_grad()
        module.log("saliency_top_band", int(sal.argmax()))
