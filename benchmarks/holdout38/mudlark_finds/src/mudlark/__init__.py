from .nets import FindsModel
from .analysis import rank_by_gradient
