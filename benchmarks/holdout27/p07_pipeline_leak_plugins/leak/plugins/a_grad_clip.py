import torch

from leak.core.registry import register


@register("a_grad_clip")
def clip(model, **_):
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
