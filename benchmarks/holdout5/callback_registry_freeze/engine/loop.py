import torch

from .callbacks import CALLBACKS


def fit(model, batches, cfg):
    optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=cfg["lr"], momentum=0.9)
    hooks = [CALLBACKS[name] for name in cfg["callbacks"]]
    state = {"model": model, "optimizer": optimizer, "cfg": cfg}
    model.train()
    for epoch in range(cfg["epochs"]):
        state["epoch"] = epoch
        for tokens, tags in batches:
            logits = model(tokens)
            loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1), tags.flatten())
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
        for hook in hooks:
            hook(state)
    return model
