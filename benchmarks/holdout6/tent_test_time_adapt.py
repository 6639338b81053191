# expect: crash
# category: test-time-adaptation
"""Test-time entropy minimisation (TENT-style) for an activity-recognition LSTM.

Evaluation is wrapped in no_grad; the adaptation step re-enables gradients locally. Only the
LayerNorm affine parameters are updated."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class ActivityNet(nn.Module):
    def __init__(self, ch=6, hidden=16, n_cls=5):
        super().__init__()
        self.norm = nn.LayerNorm(ch)  # per-frame sensor normalisation
        self.lstm = nn.LSTM(ch, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.fc(self.lstm(self.norm(x))[0][:, -1])


def collect_norm_params(model):
    params = []
    for m in model.modules():
        if isinstance(m, nn.LayerNorm):
            params += [m.weight, m.bias]
    return params


def softmax_entropy(logits):
    return -(logits.softmax(1) * logits.log_softmax(1)).sum(1)


@torch.no_grad()
def evaluate_with_adaptation(model, stream, optimizer):
    model.eval()
    correct = total = 0
    for x, y in stream:
        with torch.enable_grad():
            logits = model(x)
            loss = softmax_entropy(logits).mean()
            loss.backward()  # TM001-here
            optimizer.step()
            optimizer.zero_grad()
        correct += (logits.argmax(1) == y).sum().item()
        total += len(y)
    return correct / total


model = ActivityNet()
model.requires_grad_(False)
norm_params = collect_norm_params(model)
for p in norm_params:
    p.requires_grad_(True)
opt = torch.optim.SGD(norm_params, lr=1e-3, momentum=0.9)
shifted_stream = [(torch.randn(4, 20, 6) * 1.5 + 0.3, torch.randint(0, 5, (4,))) for _ in range(3)]
print("online accuracy", evaluate_with_adaptation(model, shifted_stream, opt))
