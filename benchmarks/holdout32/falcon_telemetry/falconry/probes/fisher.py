import torch
from torch.func import functional_call, vjp


class FisherProbe:
    """Empirical Fisher trace via a vector-Jacobian product of the log-likelihood."""

    def __init__(self, every=3):
        self.every = every
        self.history = []

    def maybe_run(self, runner, info):
        if info["step"] % self.every:
            return
        model = runner.model
        x, y = runner.last_batch
        params = {k: v.detach() for k, v in model.named_parameters()}

        def loglik(p):
            logits = functional_call(model, p, (x,))
            return torch.log_softmax(logits, -1).gather(1, y[:, None]).sum()

        _, pullback = vjp(loglik, params)  # TM002-here
        (grads,) = pullback(torch.tensor(1.0))
        self.history.append(sum(float(g.pow(2).sum()) for g in grads.values()) / len(y))
