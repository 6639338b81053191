def freeze(module):
    def _fn(m):
        for p in m.parameters(recurse=False):
            p.requires_grad_(False)

    module.apply(_fn)
    return module
