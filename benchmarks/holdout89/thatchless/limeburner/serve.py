import torch

from .nets import KilnGRU

__all__ = ["load_for_site", "_private_cache"]

_private_cache = {}


def load_for_site(site, seed=0):
    """Builds the model that a kiln site runs; sites only ever score, so it comes back ready to serve."""
    if site not in _private_cache:
        torch.manual_seed(seed)
        _private_cache[site] = KilnGRU().eval()
    return _private_cache[site]
