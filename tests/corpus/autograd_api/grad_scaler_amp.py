# expect: crash
"""Mixed-precision style training with GradScaler after an evaluation pass left the model in eval mode."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 12, batch_first=True)
        self.fc = nn.Linear(12, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
torch.backends.mkldnn.enabled = False  # oneDNN has no bf16 LSTM on CPUs without AVX-512 BF16; the native kernel runs everywhere
model = Model()
opt = torch.optim.Adam(model.parameters())
scaler = torch.amp.GradScaler("cpu")
for epoch in range(2):
    x, y = torch.randn(4, 5, 6), torch.randint(0, 2, (4,))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    scaler.scale(loss).backward()  # TM001-here
    scaler.step(opt)
    scaler.update()
    model.eval()
    with torch.no_grad():
        print(f"epoch {epoch}: val logits {model(torch.randn(2, 5, 6)).mean().item():.3f}")
