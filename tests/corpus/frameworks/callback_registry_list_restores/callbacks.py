"""Callbacks named in a config file, found in a table that a decorator fills."""
import torch

CALLBACKS = {}


def register(name):
    def add(cls):
        CALLBACKS[name] = cls
        return cls
    return add


@register("print_loss")
class PrintLoss:
    def on_epoch_end(self, trainer, model):
        print("epoch", trainer.epoch, "loss", trainer.last_loss)


@register("dev_accuracy")
class DevAccuracy:
    def on_epoch_end(self, trainer, model):
        model.eval()
        with torch.no_grad():
            hits = (model(trainer.dev_x).argmax(-1) == trainer.dev_y).float().mean()
        print("dev accuracy", hits.item())
        model.train()
