import torch

_OPTIMIZERS = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD}


def get_optimizer(name_or_opt, network):
    if isinstance(name_or_opt, str):
        return _OPTIMIZERS[name_or_opt](network.parameters(), lr=1e-3)
    return name_or_opt


def backward_step(loss_tensor, network, clip=None):
    loss_tensor.backward()  # TM001-here
    if clip is not None:
        torch.nn.utils.clip_grad_norm_(network.parameters(), clip)
