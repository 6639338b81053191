def freeze(model):
    def _fn(module):
        for name, child in module.named_children():
            if name in getattr(module, "frozen", ()):
                for p in child.parameters():
                    p.requires_grad_(False)

    model.apply(_fn)
    return [p for p in model.parameters() if p.requires_grad]
