import contextlib


@contextlib.contextmanager
def evaluating(module):
    modes = {name: m.training for name, m in module.named_modules()}
    module.eval()
    try:
        yield module
    finally:
        for name, m in module.named_modules():
            m.train(modes[name]) if not list(m.children()) else setattr(m, "training", modes[name])
