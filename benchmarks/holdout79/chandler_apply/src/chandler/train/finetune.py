import torch

from ..nn import disable_dropout


def finetune(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    if cfg.get("deterministic"):
        model.apply(disable_dropout)
    curve = []
    for _ in range(cfg["steps"]):
        x = torch.randn(4, 5, 3)
        loss = torch.nn.functional.smooth_l1_loss(model(x), x.amax((1, 2)))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        curve.append(loss.item())
    return curve
