"""Named checkpoints: each entry is (architecture, its constructor options)."""
from nets import ConvTagger, GruTagger

SPECS = {
    "pos-gru": (GruTagger, {"hidden": 10}),
    "pos-conv": (ConvTagger, {"hidden": 12}),
}


def build(name, **extra):
    factory, options = SPECS[name]
    options = dict(options, **extra)
    net = factory(**options)
    net.eval()  # ready for tagging out of the box
    return net
