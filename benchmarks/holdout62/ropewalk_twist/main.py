# expect: crash
import torch
from ropewalk import TwistModel, deterministic_finetune

torch.manual_seed(0)
model = TwistModel()
batches = [(torch.randn(3, 7, 3), torch.randn(3)) for _ in range(3)]
print("finetuned", deterministic_finetune(model, batches))
