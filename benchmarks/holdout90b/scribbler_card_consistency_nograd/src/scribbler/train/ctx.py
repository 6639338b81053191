import torch


class EvalMode:
    """Switch a module to eval (and gradients off) on entry; restore both on exit."""

    def __init__(self, module):
        self.module = module
        self._was_training = None
        self._no_grad = torch.no_grad()

    def __enter__(self):
        self._was_training = self.module.training
        self.module.eval()
        self._no_grad.__enter__()
        return self.module

    def __exit__(self, *exc):
        self._no_grad.__exit__(*exc)
        self.module.train(self._was_training)
        return False
