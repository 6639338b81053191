def freeze_by_prefix(model, prefixes):
    """Put every submodule whose qualified name starts with one of `prefixes` in eval mode
    and stop gradients to its own parameters. Returns the names touched."""
    touched = []
    for name, module in model.named_modules():
        if name and name.startswith(prefixes):
            module.eval()
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)
            touched.append(name)
    return touched
