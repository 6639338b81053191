class FreezeModules:
    """Dreamer-style: no parameter grads for the given modules inside the block, and (to silence their
    dropout) eval mode; both put back on exit."""

    def __init__(self, modules):
        self.modules = modules

    def __enter__(self):
        self.saved = [(m.training, [p.requires_grad for p in m.parameters()]) for m in self.modules]
        for m in self.modules:
            m.eval()
            for p in m.parameters():
                p.requires_grad = False
        return self

    def __exit__(self, *exc):
        for m, (training, flags) in zip(self.modules, self.saved):
            m.train(training)
            for p, flag in zip(m.parameters(), flags):
                p.requires_grad = flag
        return False
