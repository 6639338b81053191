"""Mode helpers: put several modules in eval mode for the length of a block, each restored on exit."""
import contextlib


@contextlib.contextmanager
def _evaluating(module):
    was = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was)


@contextlib.contextmanager
def evaluating_all(*modules):
    with contextlib.ExitStack() as stack:
        for module in modules:
            stack.enter_context(_evaluating(module))
        yield
