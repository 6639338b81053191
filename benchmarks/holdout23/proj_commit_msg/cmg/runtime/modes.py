import torch


class EvalMode:
    """Put a module in eval mode (and optionally disable grad) for the duration of a block."""

    def __init__(self, module, no_grad=True):
        self.module = module
        self.no_grad = no_grad
        self._was_training = None
        self._grad_ctx = None

    def __enter__(self):
        self._was_training = self.module.training
        self.module.eval()
        if self.no_grad:
            self._grad_ctx = torch.no_grad()
            self._grad_ctx.__enter__()
        return self.module

    def __exit__(self, *exc):
        if self._grad_ctx is not None:
            self._grad_ctx.__exit__(*exc)
        self.module.train(self._was_training)
        return False
