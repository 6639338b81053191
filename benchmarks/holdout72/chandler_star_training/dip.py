# expect: clean
import torch

from chandler import *


if __name__ == "__main__":
    torch.manual_seed(7)
    data = [(torch.randn(2, 12, 2), torch.randn(2, 12)) for _ in range(3)]
    model = prepare(WickNet())
    print("loss", round(fit_steps(model, data), 4))
