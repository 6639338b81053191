def freeze_running_stats(model, prefixes):
    """Put the matching submodules in eval so their running statistics stop moving."""
    frozen = []
    for name, module in model.named_modules():
        if name and name.startswith(prefixes):
            module.eval()
            frozen.append(name)
    return frozen
