from .nets import SplitNet
from .analysis import cleavage_sensitivity, Report
