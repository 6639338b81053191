from .ewc import EWC
from .model import BundleNet
