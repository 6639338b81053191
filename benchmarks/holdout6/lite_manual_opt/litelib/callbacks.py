"""Callbacks looked up by name, as in a config file."""
import torch

REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


class Callback:
    def on_train_epoch_end(self, trainer, module):
        pass


@register("val_check")
class ValCheck(Callback):
    def on_train_epoch_end(self, trainer, module):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(trainer.val_data):
                module.validation_step(batch, i)


@register("lr_monitor")
class LRMonitor(Callback):
    def on_train_epoch_end(self, trainer, module):
        module.log("lr", trainer.optimizer.param_groups[0]["lr"])
