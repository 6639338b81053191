"""Small stand-in for huggingface accelerate's Accelerator (single process)."""
import torch.nn as nn


class _DDPLike(nn.Module):
    def __init__(self, module):
        super().__init__()
        self.module = module

    def forward(self, *args, **kwargs):
        return self.module(*args, **kwargs)


class Accelerator:
    def __init__(self, gradient_accumulation_steps=1):
        self.gradient_accumulation_steps = gradient_accumulation_steps

    def prepare(self, *objs):
        out = tuple(_DDPLike(o) if isinstance(o, nn.Module) else o for o in objs)
        return out if len(out) > 1 else out[0]

    def unwrap_model(self, model):
        while isinstance(model, _DDPLike):
            model = model.module
        return model

    def backward(self, loss, **kwargs):
        loss = loss / self.gradient_accumulation_steps
        loss.backward(**kwargs)  # TM001-here

    def print(self, *a):
        print(*a)
