import torch

from leak.core.registry import register


@register("b_alarm_rate")
def alarm_rate(model, probe=None, **_):
    was = model.training
    model.eval()
    with torch.no_grad():
        rate = (model(probe) > 0).float().mean().item()
    model.train(was)
    print("alarm rate", rate)
