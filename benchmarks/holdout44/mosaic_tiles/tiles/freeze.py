def freeze_modules(model, names):
    for name in names:
        for p in getattr(model, name).parameters():
            p.requires_grad_(False)
    return model
