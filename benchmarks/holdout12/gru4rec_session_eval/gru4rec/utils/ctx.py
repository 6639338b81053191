import contextlib

import torch


@contextlib.contextmanager
def evaluating(net):
    was_training = net.training
    try:
        net.eval()
        with torch.no_grad():
            yield net
    finally:
        if was_training:
            net.train()
