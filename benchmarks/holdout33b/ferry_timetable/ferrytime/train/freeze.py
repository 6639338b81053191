class Frozen:
    """Context manager: module in eval mode with requires_grad off; both restored on exit."""

    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self._was_training = self.module.training
        self._flags = [p.requires_grad for p in self.module.parameters()]
        for p in self.module.parameters():
            p.requires_grad_(False)
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        for p, flag in zip(self.module.parameters(), self._flags):
            p.requires_grad_(flag)
        self.module.train(self._was_training)
        return False
