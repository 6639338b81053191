class FreezeParameters:
    """Dreamer-style context manager: no parameter grads for the given modules while inside.

    This version also switches the modules to eval (to silence their dropout) and restores everything on exit.
    """

    def __init__(self, modules):
        self.modules = modules

    def __enter__(self):
        self.states = [(m.training, [p.requires_grad for p in m.parameters()]) for m in self.modules]
        for m in self.modules:
            m.eval()
            for p in m.parameters():
                p.requires_grad = False
        return self

    def __exit__(self, *exc):
        for m, (training, flags) in zip(self.modules, self.states):
            m.train(training)
            for p, f in zip(m.parameters(), flags):
                p.requires_grad = f
        return False
