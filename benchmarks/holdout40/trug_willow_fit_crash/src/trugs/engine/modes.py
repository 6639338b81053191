class evaluating:
    """Put a module in eval mode for the body of a with-block and put the old mode back afterwards."""

    def __init__(self, module):
        self.module = module
        self.was_training = None

    def __enter__(self):
        self.was_training = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        # restore the flag we saw on the way in
        self.module.training = self.was_training
        return False
