"""DeepSpeed-flavoured engine: engine(x), engine.backward(loss), engine.step()."""
import torch
import torch.nn as nn


class DeepSpeedEngine(nn.Module):
    def __init__(self, model, optimizer, config):
        super().__init__()
        self.module = model
        self.optimizer = optimizer
        self.gas = config.get("gradient_accumulation_steps", 1)
        self.micro_steps = 0

    def forward(self, *inputs, **kwargs):
        return self.module(*inputs, **kwargs)

    def backward(self, loss):
        (loss / self.gas).backward()
        self.micro_steps += 1

    def is_gradient_accumulation_boundary(self):
        return self.micro_steps % self.gas == 0

    def step(self):
        if self.is_gradient_accumulation_boundary():
            self.optimizer.step()
            self.optimizer.zero_grad()


def initialize(model, config, model_parameters=None):
    params = model_parameters if model_parameters is not None else model.parameters()
    opt_cfg = config["optimizer"]
    opt = getattr(torch.optim, opt_cfg["type"])(params, **opt_cfg["params"])
    engine = DeepSpeedEngine(model, opt, config)
    return engine, opt, None, None
