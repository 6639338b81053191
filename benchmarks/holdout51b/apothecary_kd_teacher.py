# expect: clean
"""Apothecary dispensing log: predict the next remedy category from a sequence of
prescriptions. A large LSTM teacher (already fitted) is evaluated on every step and a
small GRU student is distilled from its soft labels. Validation after each epoch."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
N_REMEDY = 9


class Recurrent(nn.Module):
    def __init__(self, cell, hidden):
        super().__init__()
        self.emb = nn.Embedding(N_REMEDY, 8)
        self.rnn = cell(8, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, N_REMEDY)

    def forward(self, tok):
        h, _ = self.rnn(self.emb(tok))
        return self.fc(h[:, -1])


def batches(n_batches=5, bs=4, t=6):
    for _ in range(n_batches):
        tok = torch.randint(0, N_REMEDY, (bs, t + 1))
        yield tok[:, :-1], tok[:, -1]


def kd_loss(student_logits, teacher_logits, target, T=2.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(student_logits / T, -1), F.softmax(teacher_logits / T, -1),
                    reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(student_logits, target)


def evaluate(model):
    model.eval()
    hits = n = 0
    with torch.no_grad():
        for x, y in batches(2):
            hits += (model(x).argmax(-1) == y).sum().item()
            n += len(y)
    return hits / n


def distil(teacher, student, epochs=3):
    opt = torch.optim.Adam(student.parameters(), lr=5e-3)
    teacher.eval()
    for ep in range(epochs):
        student.train()
        for x, y in batches():
            with torch.no_grad():
                t_logits = teacher(x)
            loss = kd_loss(student(x), t_logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {ep}: student acc {evaluate(student):.2f} teacher acc {evaluate(teacher):.2f}")


if __name__ == "__main__":
    teacher = Recurrent(nn.LSTM, 16)
    student = Recurrent(nn.GRU, 6)
    distil(teacher, student)
