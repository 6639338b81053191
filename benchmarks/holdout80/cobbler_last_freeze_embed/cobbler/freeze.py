def freeze_prefix(model, prefix):
    names = []
    for name, module in model.named_modules():
        if name == prefix or name.startswith(prefix + "."):
            module.eval()
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)
            names.append(name)
    return names
