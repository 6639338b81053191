import torch


class PressureSaliency:
    """Which pressure steps drive the yield estimate? |d yield / d pressure| on a fixed probe."""

    def __init__(self, probe):
        self.probe = probe

    def on_epoch_end(self, trainer):
        model = trainer.model
        model.eval()
        x = self.probe.clone().requires_grad_(True)
        model.zero_grad()
        model(x).sum().backward()  # TM001-here
        trainer.state["saliency"].append(x.grad.abs().mean(0).sum(-1).tolist())
        model.zero_grad()
        model.train()
