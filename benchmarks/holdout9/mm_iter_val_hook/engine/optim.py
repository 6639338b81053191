import torch


class OptimWrapper:
    def __init__(self, optimizer):
        self.optimizer = optimizer

    def backward(self, loss, **kwargs):
        loss.backward(**kwargs)  # TM001-here

    def update_params(self, loss):
        self.backward(loss)
        self.optimizer.step()
        self.optimizer.zero_grad()


def build_optim_wrapper(model, cfg):
    opt_cfg = dict(cfg["optimizer"])
    opt_cls = getattr(torch.optim, opt_cfg.pop("type"))
    return OptimWrapper(opt_cls(model.parameters(), **opt_cfg))
