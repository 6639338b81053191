import torch


class ProbeCallback:
    """Measures prediction drift on a fixed probe batch at the start of every epoch."""

    def __init__(self, probe_x):
        self.probe_x = probe_x
        self.previous = None
        self.drift = []

    def on_epoch_start(self, trainer):
        model = trainer.model
        model.eval()
        with torch.no_grad():
            pred = model(self.probe_x)
        if self.previous is not None:
            self.drift.append((pred - self.previous).abs().mean().item())
        self.previous = pred
        model.head.train()
