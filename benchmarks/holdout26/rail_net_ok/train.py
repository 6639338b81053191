# expect: clean
"""Railway delay propagation: a pipeline of stages; each stage class gets its `run` from __init_subclass__."""
import torch

from railnet import build_pipeline
from railnet.model import DelayGRU


def main():
    torch.manual_seed(4)
    data = [(torch.randn(4, 8, 3), torch.rand(4, 8)) for _ in range(2)]
    model = DelayGRU()
    for stage in build_pipeline(["pretrain", "validate", "finetune"]):
        print(stage.name, round(stage.run(model, data), 4))


if __name__ == "__main__":
    main()
