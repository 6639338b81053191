import contextlib

import torch


def backend_guard(safe: bool):
    """Double backward through fused RNN kernels is not supported: fall back to native ones."""
    if safe:
        return torch.backends.cudnn.flags(enabled=False)
    return contextlib.nullcontext()
