from .split_net import SplitNet
