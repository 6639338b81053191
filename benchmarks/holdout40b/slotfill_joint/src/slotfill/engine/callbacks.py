import torch

from .base import Callback


class LogCallback(Callback, name="log"):
    def on_epoch_end(self, trainer, epoch):
        print(f"epoch {epoch} loss {trainer.history[-1]['loss']:.4f}")


class DevF1(Callback, name="dev_f1"):
    def on_epoch_end(self, trainer, epoch):
        if trainer.dev is None:
            return
        words, slots, _ = trainer.dev
        trainer.model.eval()
        with torch.no_grad():
            slot_logits, _ = trainer.model(words)
        acc = (slot_logits.argmax(-1) == slots).float().mean().item()
        trainer.history[-1]["dev_slot_acc"] = acc
