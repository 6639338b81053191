import torch
from torch.func import functional_call, grad


class GradNormLogger:
    """Log per-sample gradient norms of the loss w.r.t. all parameters."""

    def __init__(self, every=10):
        self.every = every
        self.norms = []

    def _per_sample(self, engine, x, y):
        model = engine.model
        params = {k: v.detach() for k, v in model.named_parameters()}

        def loss_one(p, xi, yi):
            logits = functional_call(model, p, (xi.unsqueeze(0),))
            return engine.loss_fn(logits, yi.unsqueeze(0))

        norms = []
        # the cuDNN LSTM kernels have no functorch support; use the native ones here
        with torch.backends.cudnn.flags(enabled=False):
            for i in range(x.shape[0]):
                g = grad(loss_one)(params, x[i], y[i])
                norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
        return norms

    def on_batch_end(self, engine, x, y):
        if engine.state["step"] % self.every == 0:
            self.norms.append(self._per_sample(engine, x, y))
