# expect: crash
import torch

from sweep.loop import train
from sweep.net import FlueDraftNet

if __name__ == "__main__":
    torch.manual_seed(5)
    mk = lambda n: [(torch.randn(4, 9, 3), torch.randint(0, 3, (4,))) for _ in range(n)]  # noqa: E731
    train(FlueDraftNet(), mk(3), mk(3), epochs=2, budget_s=0.0)
