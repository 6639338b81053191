import functools


def restores_mode(get_module):
    """Decorator factory: the wrapped sampler may switch the module to eval; put the mode back after."""

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            module = get_module()
            was = module.training
            out = fn(*args, **kwargs)
            module.train(was)  # put it back
            return out

        return wrapper

    return deco
