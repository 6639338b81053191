# expect: crash
import torch

from models import CharRNN
from privacy.dp_sgd import DPSGD

torch.manual_seed(0)
model = CharRNN()
opt = DPSGD(model, torch.nn.functional.cross_entropy, lr=0.5, max_grad_norm=1.0, noise_multiplier=0.3)
for step in range(3):
    xb = torch.randint(0, 16, (4, 6))
    yb = xb[:, 0] % 3
    print(f"step {step}: mean per-sample grad norm {opt.step(xb, yb):.4f}")
