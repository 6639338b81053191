import torch


class Callback:
    def on_validation_end(self, trainer, module):
        pass

    def on_epoch_end(self, trainer, module):
        pass


class PrintCallback(Callback):
    def on_epoch_end(self, trainer, module):
        print(f"epoch {trainer.current_epoch}: " + ", ".join(f"{k}={v:.4f}" for k, v in trainer.logged.items()))


class SaliencyCallback(Callback):
    """Logs which time step of the last validation batch matters most."""

    def on_validation_end(self, trainer, module):
        x, _ = trainer.last_val_batch
        x = x.clone().requires_grad_(True)
        module(x).sum().backward()
        trainer.logged["peak_step"] = float(x.grad.abs().sum(-1).mean(0).argmax())
        module.zero_grad()
