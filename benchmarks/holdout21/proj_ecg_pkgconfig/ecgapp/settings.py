import json
from importlib import resources

import torch


def load_settings():
    cfg = json.loads(resources.files("ecgapp.resources").joinpath("defaults.json").read_text())
    if cfg.get("deterministic_rnn"):
        # cuDNN RNN kernels are not bitwise reproducible across runs; use the native ones
        torch.backends.cudnn.enabled = False
    return cfg
