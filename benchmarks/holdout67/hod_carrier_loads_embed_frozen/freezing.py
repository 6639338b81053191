import torch.nn as nn


def freeze(model, prefixes):
    for name, p in model.named_parameters():
        if any(name.startswith(pre + ".") for pre in prefixes):
            p.requires_grad_(False)


def eval_if_frozen(module: nn.Module):
    own = list(module.parameters(recurse=False))
    if own and not any(p.requires_grad for p in own):
        module.eval()
