import torch.nn.functional as F

from .registry import register_step


@register_step("fit")
def fit(model, opt, logs, epochs=1):
    last = 0.0
    for _ in range(epochs):
        for obs, weight in logs:
            opt.zero_grad()
            loss = F.mse_loss(model(obs), weight)
            loss.backward()  # TM001-here
            opt.step()
            last = loss.item()
    return last
