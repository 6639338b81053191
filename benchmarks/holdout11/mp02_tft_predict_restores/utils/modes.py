import contextlib

import torch


@contextlib.contextmanager
def evaluating(module):
    """Eval mode + no_grad for the duration; restores the previous mode on exit."""
    was_training = module.training
    module.eval()
    try:
        with torch.no_grad():
            yield module
    finally:
        module.train(was_training)


def move_to(batch, device):
    return {k: v.to(device) for k, v in batch.items()}
