from .functional import functional_loss, per_gauge_grads
