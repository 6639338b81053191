def freeze_by_prefix(model, prefixes):
    frozen = 0
    for name, param in model.named_parameters():
        if any(name.startswith(p + ".") for p in prefixes):
            param.requires_grad_(False)
            frozen += 1
    return frozen
