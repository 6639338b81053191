# expect: crash
# category: near_miss
"""Test-time adaptation (Tent-style entropy minimisation) for a GRU activity classifier: the
prediction function is decorated with no_grad but re-enables grad for the adaptation step."""
import torch
import torch.nn as nn

torch.manual_seed(25)


class HARClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(6)
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.fc = nn.Linear(12, 5)

    def forward(self, x):
        out, _ = self.gru(self.norm(x))
        return self.fc(out[:, -1])


def softmax_entropy(logits):
    return -(logits.softmax(1) * logits.log_softmax(1)).sum(1)


def collect_norm_params(model):
    return [p for m in model.modules() if isinstance(m, nn.LayerNorm) for p in m.parameters()]


@torch.no_grad()
def predict_with_adaptation(model, optimizer, x, steps=1):
    model.eval()
    for _ in range(steps):
        with torch.enable_grad():
            loss = softmax_entropy(model(x)).mean()
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
    return model(x).argmax(1)


model = HARClassifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(3):
    x, y = torch.randn(8, 10, 6), torch.randint(0, 5, (8,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

tta_opt = torch.optim.SGD(collect_norm_params(model), lr=1e-3, momentum=0.9)
for batch in range(2):
    shifted = torch.randn(8, 10, 6) * 1.5 + 0.3
    print(f"batch {batch}: predictions {predict_with_adaptation(model, tta_opt, shifted).tolist()}")
