from .loops import EpochBasedTrainLoop, ValLoop
from .optim import build_optim_wrapper
from .registry import HOOKS, MODELS, build_from_cfg


class Runner:
    def __init__(self, model, optim_wrapper, train_dataloader, val_dataloader, train_cfg, custom_hooks=()):
        self.model = model
        self.optim_wrapper = optim_wrapper
        self.train_loop = EpochBasedTrainLoop(self, train_dataloader, **train_cfg)
        self.val_loop = ValLoop(self, val_dataloader)
        self._hooks = [build_from_cfg(h, HOOKS) for h in custom_hooks]
        self.message_hub = {}

    @classmethod
    def from_cfg(cls, cfg):
        model = build_from_cfg(cfg["model"], MODELS)
        return cls(model=model,
                   optim_wrapper=build_optim_wrapper(model, cfg["optim_wrapper"]),
                   train_dataloader=cfg["train_dataloader"],
                   val_dataloader=cfg["val_dataloader"],
                   train_cfg=cfg["train_cfg"],
                   custom_hooks=cfg.get("custom_hooks", ()))

    def call_hook(self, fn_name, **kwargs):
        for hook in self._hooks:
            getattr(hook, fn_name, lambda *a, **k: None)(self, **kwargs)

    def train(self):
        self.train_loop.run()
        return self.model
