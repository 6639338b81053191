import torch


class Callback:
    def __init__(self, priority=50):
        self.priority = priority

    def on_batch_start(self, trainer):
        pass


class ModeCallback(Callback):
    """Puts the model in training mode before every batch."""

    def on_batch_start(self, trainer):
        trainer.model.train()


class ProbeCallback(Callback):
    """Every other step, decodes a fixed probe string to watch progress."""

    probe = torch.randint(0, 20, (1, 7))

    def on_batch_start(self, trainer):
        if trainer.step % 2 == 0:
            trainer.model.eval()
            with torch.no_grad():
                trainer.log.append(trainer.model(self.probe).argmax(-1).tolist())
