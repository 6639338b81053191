import contextlib

import torch


def evaluation_stack(model):
    """Build an ExitStack that disables grad, freezes dropout, and puts the mode back on close."""
    stack = contextlib.ExitStack()
    stack.enter_context(torch.no_grad())
    model.eval()
    stack.callback(model.train, model.training)
    return stack
