# expect: clean
import torch
from thatchkit import *  # noqa: F403

torch.manual_seed(0)
model = build_model(hidden=8)  # noqa: F405
batches = [(torch.randn(4, 6, 2), torch.randint(0, 3, (4,))) for _ in range(3)]
print("loss", fit(model, batches))  # noqa: F405
print("grades", predict(model, torch.randn(2, 6, 2)).tolist())  # noqa: F405
