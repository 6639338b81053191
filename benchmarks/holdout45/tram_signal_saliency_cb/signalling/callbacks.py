"""Callbacks are looked up by hook name; the engine fires whatever a callback defines."""
import torch

CALLBACKS = {}


def register(name):
    def deco(cls):
        CALLBACKS[name] = cls
        return cls
    return deco


@register("loss_log")
class LossLog:
    def __init__(self, **_):
        self.rows = []

    def on_train_batch_end(self, engine, loss):
        self.rows.append(loss)


@register("saliency")
class CircuitSaliency:
    """Logs which track circuits the predictor leans on."""

    def __init__(self, hook="on_validation_end", **_):
        self.hook = hook
        self.maps = []
        setattr(self, hook, self._log_saliency)

    def _log_saliency(self, engine, *_):
        occ, _ = engine.val_batches[0]
        occ = occ.clone().requires_grad_(True)
        score = engine.model(occ).max(dim=1).values.sum()
        grad, = torch.autograd.grad(score, occ)  # TM001-here
        self.maps.append(grad.abs().mean(dim=(0, 1)))


def build_callbacks(spec):
    return [CALLBACKS[name](**kw) for name, kw in spec.items()]
