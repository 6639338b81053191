from .meta import meta_train
from .nets import SeeingGRU
