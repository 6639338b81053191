import torch

from leak.core.registry import register


@register("b_alarm_rate")
def alarm_rate(model, probe=None, **_):
    model.eval()
    with torch.no_grad():
        rate = (model(probe) > 0).float().mean().item()
    print("alarm rate", rate)
