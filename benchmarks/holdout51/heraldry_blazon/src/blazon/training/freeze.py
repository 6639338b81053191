def hold_in_eval(model, prefixes):
    """Put every submodule whose qualified name starts with one of ``prefixes`` into eval mode."""
    held = []
    for name, module in model.named_modules():
        if name and any(name.startswith(p) for p in prefixes):
            module.eval()
            held.append(name)
    return held
