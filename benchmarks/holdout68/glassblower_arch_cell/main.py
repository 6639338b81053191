# expect: clean
import torch

from adapt import test_time_adapt
from archs import build

CFG = {"arch": "cell", "n_in": 3, "hidden": 8}

if __name__ == "__main__":
    torch.manual_seed(14)
    model = build(CFG)
    runs = [torch.randn(2, 10, 3) for _ in range(3)]
    print(test_time_adapt(model, runs))
