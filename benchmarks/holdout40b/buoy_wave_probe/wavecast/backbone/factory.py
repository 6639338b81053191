import torch

from .seq import SpectralGRU

_SPECS = {"gru-small": dict(hidden=12, layers=2), "gru-tiny": dict(hidden=6, layers=1)}


def build_backbone(name, pretrained=False):
    net = SpectralGRU(**_SPECS[name])
    if pretrained:
        # stand-in for loading a checkpoint: deterministic weights
        gen = torch.Generator().manual_seed(0)
        with torch.no_grad():
            for p in net.parameters():
                p.copy_(0.3 * torch.randn(p.shape, generator=gen))
        net.eval()
        net.requires_grad_(False)
    return net
