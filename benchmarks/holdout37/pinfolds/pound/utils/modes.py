import functools


def in_train_mode(fn):
    """Run an engine handler with the engine's model in train mode, then put the old mode back."""
    @functools.wraps(fn)
    def wrapper(engine, *args, **kwargs):
        model = engine.state.model
        was_training = model.training
        model.train()
        try:
            return fn(engine, *args, **kwargs)
        finally:
            model.train(was_training)
    return wrapper
