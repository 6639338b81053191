from importlib import metadata

from .backbones import BUILTIN


def discover():
    table = dict(BUILTIN)
    try:
        eps = metadata.entry_points(group="gaitkit.backbones")
    except TypeError:  # very old importlib.metadata
        eps = metadata.entry_points().get("gaitkit.backbones", [])
    for ep in eps:
        table[ep.name] = ep.load()
    return table


def load_backbone(name, pretrained=False):
    model = discover()[name]()
    if pretrained:
        model.load_pretrained()
        model.eval()  # pretrained backbones are shipped for gallery matching
    return model
