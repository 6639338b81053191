# expect: clean
"""Coppice rotation yield: distil a GRU teacher into a smaller GRU student.

Validation runs after every epoch through a shared helper; the loop relies on
the helper to leave the student as it found it.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class StandGRU(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_out=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def make_batches(n=4, batch=4, steps=6):
    return [(torch.randn(batch, steps, 5), torch.randint(0, 3, (batch,))) for _ in range(n)]


def evaluate(model, batches):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in batches:
            correct += (model(x).argmax(-1) == y).sum().item()
            total += y.numel()
    return correct / total


def distil(student, teacher, train_batches, val_batches, epochs=2, T=2.0):
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    teacher.eval()
    for epoch in range(epochs):
        student.train()
        for x, y in train_batches:
            with torch.no_grad():
                t_logits = teacher(x)
            s_logits = student(x)
            kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
            loss = 0.5 * kd * T * T + 0.5 * F.cross_entropy(s_logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        acc = evaluate(student, val_batches)
        print(f"epoch {epoch} val acc {acc:.3f}")


if __name__ == "__main__":
    teacher = StandGRU(hidden=16)
    student = StandGRU(hidden=6)
    distil(student, teacher, make_batches(), make_batches(2))
