# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from osier import BasketWeaveNet, layer_sensitivity  # noqa: E402

LAYERS = ["stem", "out"]

if __name__ == "__main__":
    torch.manual_seed(9)
    net = BasketWeaveNet()
    x, y = torch.randn(4, 5, 2), torch.randn(4)
    print(layer_sensitivity(net, x, y, LAYERS))
