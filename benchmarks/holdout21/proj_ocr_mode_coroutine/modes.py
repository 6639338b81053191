def mode_switcher(model):
    """Coroutine: send 'train' or 'eval'; it yields the mode it set."""
    current = None
    while True:
        wanted = yield current
        if wanted == "train":
            model.train()
        elif wanted == "eval":
            model.eval()
        current = wanted


def primed(gen):
    next(gen)
    return gen
