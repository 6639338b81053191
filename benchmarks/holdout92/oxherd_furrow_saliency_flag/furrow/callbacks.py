from .decorators import quiet_model


class LossPrinter:
    def on_epoch_end(self, trainer, model):
        print("epoch", trainer.epoch, "loss", round(trainer.last_loss, 4))


class SaliencyLogger:
    """Logs mean |grad * input| per feature on a fixed probe batch."""

    def __init__(self, probe):
        self.probe = probe
        self.history = []

    @quiet_model
    def on_epoch_end(self, trainer, model):
        x = self.probe.clone().requires_grad_(True)
        model(x).sum().backward()
        self.history.append((x.grad * x).abs().mean((0, 1)).detach())
        model.zero_grad()
