from .nets import SurgeLSTM
from .meta import functional_loss, per_gauge_grads
