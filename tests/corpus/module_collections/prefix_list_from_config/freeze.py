"""Keep chosen submodules in eval while the rest trains: every named module whose name starts with one of the
given prefixes is switched to eval (the usual way of holding normalisation statistics fixed)."""


def hold_in_eval(model, prefixes):
    for name, module in model.named_modules():
        if name and any(name.startswith(p) for p in prefixes):
            module.eval()
