"""Validation-time input-gradient saliency, logged as a metric."""
import logging

import torch

from fulling.engine import Events

log = logging.getLogger(__name__)


def input_saliency(model, x):
    x = x.clone().requires_grad_(True)
    score = model(x).sum()
    (grad,) = torch.autograd.grad(score, x)  # TM001-here
    return grad.abs().mean(dim=(0, 2))


def attach_saliency_logger(engine, model, loader, every=1):
    def _log(eng):
        if eng.state.epoch % every:
            return
        model.eval()
        profile = torch.stack([input_saliency(model, x) for x, _ in loader]).mean(0)
        eng.state.metrics["saliency_peak_step"] = int(profile.argmax())
        log.info("epoch %d saliency peak at step %d", eng.state.epoch, eng.state.metrics["saliency_peak_step"])

    engine.add_event_handler(Events.EPOCH_COMPLETED, _log)
