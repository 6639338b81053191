from contextlib import contextmanager


@contextmanager
def evaluation_mode(*models):
    prev = [m.training for m in models]
    for m in models:
        m.eval()
    try:
        yield
    finally:
        for m, p in zip(models, prev):
            m.train(p)
