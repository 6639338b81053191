def freeze_for_eval(module):
    module.eval()
    return module


def set_mode(model, train=True, parts=None, **_ignored):
    """Switch only the named submodules (all of them when parts is None)."""
    targets = [getattr(model, p) for p in parts] if parts else [model]
    for t in targets:
        t.train(train)
