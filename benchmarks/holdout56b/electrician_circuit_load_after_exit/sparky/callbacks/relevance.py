import torch


class RelevanceLogger:
    """Gradient x input relevance per minute, logged after validation."""

    def __init__(self, every=1):
        self.every = every

    def relevance(self, module, x):
        x = x.clone().requires_grad_(True)
        score = module(x).sum()
        score.backward()
        rel = (x.grad * x).sum(-1).abs()
        module.zero_grad(set_to_none=True)
        return rel.mean(0)

    def on_validation_end(self, trainer, module):
        if trainer.epoch % self.every:
            return
        x, _ = module.make_batch(n=4)
        rel = self.relevance(module, x)
        trainer.log("relevance", rel.detach())
