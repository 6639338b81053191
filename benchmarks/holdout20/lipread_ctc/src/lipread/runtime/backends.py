import torch


def configure_runtime(cfg):
    """Reproducible runs: CTC + cuDNN RNNs are non-deterministic, so we turn cuDNN off."""
    if cfg.get("deterministic", False):
        torch.backends.cudnn.enabled = False
        torch.backends.cudnn.benchmark = False
