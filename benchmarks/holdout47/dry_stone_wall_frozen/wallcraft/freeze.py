def freeze_prefix(model, prefix):
    """Stop gradients for every module whose qualified name starts with `prefix` and
    mark the encoders that own them as frozen."""
    names = []
    for name, module in model.named_modules():
        if name.startswith(prefix):
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)
            names.append(name)
        if hasattr(module, "frozen") and any(n.startswith(name + ".") for n in [prefix]):
            module.frozen = True
    return names
