import torch

HOOKS = {}


def register(event):
    def deco(fn):
        HOOKS.setdefault(event, []).append(fn)
        return fn
    return deco


def fire(event, state, **kwargs):
    for fn in HOOKS.get(event, []):
        fn(state, **kwargs)


@register("on_checkpoint")
def validate(state, criterion=None, valset=None, **_):
    """Handles all the validation scoring and printing"""
    model = state.model
    model.eval()
    with torch.no_grad():
        val_loss = 0.0
        for i, (x, y) in enumerate(valset):
            val_loss += criterion(model(x), y).item()
        val_loss = val_loss / (i + 1)
    model.train()
    print("Validation loss {}: {:9f}".format(state.iteration, val_loss))
