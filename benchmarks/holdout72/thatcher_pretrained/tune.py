# expect: crash
import torch

from thatch import REGISTRY, Finetuner

if __name__ == "__main__":
    model = REGISTRY["ridge-gru"].from_pretrained("village-2024")
    tuner = Finetuner(model)
    torch.manual_seed(15)
    for _ in range(3):
        loss = tuner.step(torch.randn(4, 10, 4), torch.rand(4))
    print("tuned", round(loss, 4))
