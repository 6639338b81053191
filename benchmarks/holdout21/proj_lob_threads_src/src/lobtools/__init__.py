from lobtools.nets import OrderFlowLSTM
from lobtools.training import fit

__all__ = ["OrderFlowLSTM", "fit"]
