from types import SimpleNamespace


def load_config(d):
    base = {"lr": 1e-2, "batch_size": 4, "max_grad_norm": 5.0}
    base.update(d)
    return SimpleNamespace(**base)
