import logging

import torch

log = logging.getLogger(__name__)


class Progress:
    def on_batch_end(self, engine, loss):
        if engine.state["step"] % engine.config["trainer"]["log_every"] == 0:
            log.info("step %d loss %.4f", engine.state["step"], loss)

    def on_validation_end(self, engine):
        log.info("epoch %d val acc %.3f", engine.state["epoch"], engine.state["val_acc"])


class SaliencyLogger:
    """After each validation, log which accelerometer channel the model leans on."""

    def __init__(self):
        self.channel_scores = []

    def on_validation_end(self, engine):
        x, y = engine.state["batch"]
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = engine.model(x)
            picked = logits.gather(1, y[:, None]).sum()
            (grad,) = torch.autograd.grad(picked, x)
        self.channel_scores.append(grad.abs().mean((0, 1)).tolist())
        log.info("channel saliency %s", self.channel_scores[-1])


REGISTRY = {"progress": Progress, "saliency": SaliencyLogger}


def build_callbacks(names):
    return [REGISTRY[name]() for name in names]
