from contextlib import contextmanager


@contextmanager
def frozen_statistics(model, keep_training=("encoder.rnn",)):
    """Freeze BatchNorm statistics and dropout, but keep the named submodules in training mode."""
    was = model.training
    model.eval()
    named = dict(model.named_modules())
    for name in keep_training:
        named[name].train()
    try:
        yield model
    finally:
        model.train(was)
