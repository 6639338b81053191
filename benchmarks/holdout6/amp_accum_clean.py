# expect: clean
# category: amp
"""Gradient accumulation with GradScaler/autocast for a stacked GRU speech-command model."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
ACCUM = 2


class CommandNet(nn.Module):
    def __init__(self, n_mels=8, hidden=16, n_cmds=5):
        super().__init__()
        self.norm = nn.LayerNorm(n_mels)
        self.gru = nn.GRU(n_mels, hidden, num_layers=3, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden, n_cmds)

    def forward(self, mel):
        out, _ = self.gru(self.norm(mel))
        return self.fc(out[:, -1])


model = CommandNet().to(device)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
scaler = torch.amp.GradScaler(device, enabled=(device == "cuda"))
train_set = [(torch.randn(4, 12, 8), torch.randint(0, 5, (4,))) for _ in range(4)]
val_set = [(torch.randn(4, 12, 8), torch.randint(0, 5, (4,))) for _ in range(2)]


def validate():
    model.eval()
    correct = 0
    with torch.inference_mode():
        for x, y in val_set:
            correct += (model(x.to(device)).argmax(1) == y.to(device)).sum().item()
    return correct / (4 * len(val_set))


for epoch in range(2):
    model.train()
    optimizer.zero_grad(set_to_none=True)
    for i, (x, y) in enumerate(train_set):
        with torch.autocast(device_type=device, enabled=(device == "cuda")):
            loss = F.cross_entropy(model(x.to(device)), y.to(device)) / ACCUM
        scaler.scale(loss).backward()
        if (i + 1) % ACCUM == 0:
            scaler.unscale_(optimizer)
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            scaler.step(optimizer)
            scaler.update()
            optimizer.zero_grad(set_to_none=True)
    print(f"epoch {epoch} val acc {validate():.2f}")
