def freeze_prefix(model, prefix):
    frozen = []
    for name, module in model.named_modules():
        if name.startswith(prefix):
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)
            frozen.append(name)
    return frozen
