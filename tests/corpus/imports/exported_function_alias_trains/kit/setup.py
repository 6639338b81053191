"""How a loaded network is prepared: `ready` names one of the two preparations, chosen once here."""
__all__ = ["ready"]


def _for_fitting(net):
    net.train()
    return net


def _for_serving(net):
    net.requires_grad_(True)
    return net.eval()


ready = _for_fitting
