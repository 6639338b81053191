# expect: clean
import torch

from engine import Engine
from settings import parse_plan

torch.manual_seed(7)

if __name__ == "__main__":
    engine = Engine(parse_plan())
    for name, value in engine.run():
        print(f"{name:6s} {value:.4f}")
