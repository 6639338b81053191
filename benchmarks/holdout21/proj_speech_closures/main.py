# expect: crash
"""Speech denoising; train/eval steps are closures built in another module. A baseline SNR is logged first."""
import torch

from data import pairs
from net import DenoiseLSTM
from steps import make_eval_step, make_train_step

torch.manual_seed(22)
model = DenoiseLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
train_step = make_train_step(model, opt)
eval_step = make_eval_step(model)

baseline = sum(eval_step(n, c) for n, c in pairs(2)) / 2
print(f"baseline SNR {baseline:.2f} dB")
for epoch in range(2):
    losses = [train_step(n, c) for n, c in pairs(3)]
    print(f"epoch {epoch} mse {sum(losses) / len(losses):.4f}")
