from operator import attrgetter


def freeze(model, *paths):
    """Freeze the named submodules: no grads, and eval() so dropout/batch-norm statistics stay fixed."""
    for path in paths:
        sub = attrgetter(path)(model)
        sub.requires_grad_(False)
        sub.eval()
