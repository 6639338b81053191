"""Bit-identical reruns: the non-deterministic fused kernels stay off."""
import torch

SETTINGS = {"cudnn_enabled": False, "seed": 0}


def apply(settings):
    torch.backends.cudnn.enabled = settings["cudnn_enabled"]
    torch.manual_seed(settings["seed"])
