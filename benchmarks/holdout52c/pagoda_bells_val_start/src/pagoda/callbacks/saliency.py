import torch


class SaliencyLogger:
    """Logs mean |d logit / d input| on the first validation batch before validation starts."""

    def __init__(self):
        self.values = []

    def on_validation_start(self, engine):
        metrics = engine.state["metrics"]
        x, y = engine.val_batch
        x = x.clone().requires_grad_(True)
        logits = engine.model(x)
        picked = logits.gather(1, y[:, None]).sum()
        picked.backward()
        sal = x.grad.abs().mean().item()
        engine.model.zero_grad(set_to_none=True)
        metrics["saliency"] = sal
        self.values.append(sal)
