# expect: clean
import torch

from bridle import ReinTensionNet
from tuning import deterministic, finetune

if __name__ == "__main__":
    torch.manual_seed(8)
    model = ReinTensionNet()
    model.train()
    deterministic(model)
    batches = [(torch.randn(5, 6, 3), torch.randint(0, 2, (5,))) for _ in range(3)]
    print(finetune(model, batches))
