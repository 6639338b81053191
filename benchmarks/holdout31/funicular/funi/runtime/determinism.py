import torch

# Reproducibility first: the safety case for the cable monitor requires
# bit-identical reruns, so the non-deterministic fused kernels are off.
SETTINGS = {
    "cudnn_enabled": False,
    "cudnn_benchmark": False,
    "deterministic_algorithms": False,
}


def configure(settings):
    torch.backends.cudnn.enabled = settings["cudnn_enabled"]
    torch.backends.cudnn.benchmark = settings["cudnn_benchmark"]
    torch.use_deterministic_algorithms(settings["deterministic_algorithms"])
