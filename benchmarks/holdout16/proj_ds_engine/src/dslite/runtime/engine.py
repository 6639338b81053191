import torch

from dslite.ops import build_optimizer


class Engine:
    """Wraps a module; not an nn.Module itself (like a thin runtime engine)."""

    def __init__(self, module, config):
        self.module = module
        self.config = config
        self.optimizer = build_optimizer(module.parameters(), config["optimizer"])
        self.training = True
        self.global_steps = 0

    def __call__(self, *args, **kwargs):
        return self.module(*args, **kwargs)

    def eval(self):
        self.module.eval()
        self.training = False
        return self

    def train(self, mode=True):
        self.training = mode
        return self

    def backward(self, loss):
        scale = 1.0 / max(1, self.config.get("gradient_accumulation_steps", 1))
        (loss * scale).backward()  # TM001-here

    def step(self):
        clip = self.config.get("gradient_clipping")
        if clip:
            torch.nn.utils.clip_grad_norm_(self.module.parameters(), clip)
        self.optimizer.step()
        self.optimizer.zero_grad()
        self.global_steps += 1


def initialize(model, config):
    engine = Engine(model, config)
    return engine, engine.optimizer
