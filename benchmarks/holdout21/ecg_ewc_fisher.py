# expect: crash
"""ECG arrhythmia detection on two sequential 'hospital' tasks with elastic weight consolidation."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
LEADS, HID, CLASSES = 2, 10, 4


class BeatClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(LEADS, 8, 5, padding=2)
        self.rnn = nn.LSTM(8, HID, batch_first=True)
        self.out = nn.Linear(HID, CLASSES)

    def forward(self, ecg):  # ecg: B x LEADS x T
        f = F.relu(self.conv(ecg)).transpose(1, 2)
        _, (h, _) = self.rnn(f)
        return self.out(h[-1])


def task_data(shift, n=3, b=4, t=24):
    for _ in range(n):
        x = torch.randn(b, LEADS, t) + shift
        yield x, torch.randint(0, CLASSES, (b,))


def fisher_diagonal(model, data):
    """Empirical Fisher: squared gradients of the log-likelihood, dropout off."""
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    model.eval()
    count = 0
    for x, y in data:
        for i in range(x.size(0)):
            model.zero_grad()
            logp = F.log_softmax(model(x[i:i + 1]), -1)[0, y[i]]
            logp.backward()  # TM001-here
            for n, p in model.named_parameters():
                fisher[n] += p.grad.detach() ** 2
            count += 1
    return {n: f / count for n, f in fisher.items()}


def ewc_penalty(model, fisher, anchor, lam=10.0):
    return lam * sum((fisher[n] * (p - anchor[n]) ** 2).sum() for n, p in model.named_parameters())


model = BeatClassifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for x, y in task_data(0.0):
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()

fisher = fisher_diagonal(model, task_data(0.0, n=1))
anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
model.train()
for x, y in task_data(1.0):
    loss = F.cross_entropy(model(x), y) + ewc_penalty(model, fisher, anchor)
    opt.zero_grad(); loss.backward(); opt.step()
print("task B done")
