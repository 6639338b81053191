import contextlib


@contextlib.contextmanager
def _eval_one(module):
    was = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was)


@contextlib.contextmanager
def eval_modes(*modules):
    with contextlib.ExitStack() as stack:
        for m in modules:
            stack.enter_context(_eval_one(m))
        yield
