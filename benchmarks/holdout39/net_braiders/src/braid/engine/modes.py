class frozen_mode:
    """Evaluation block; puts the flag back on exit."""

    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self.saved = self.module.training
        self.module.eval()

    def __exit__(self, *exc):
        self.module.training = self.saved
