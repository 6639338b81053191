import torch


def configure_runtime(cfg):
    """cuDNN's RNN kernels are not deterministic: a deterministic run does without them."""
    if cfg.get("deterministic", False):
        torch.backends.cudnn.enabled = False
