# expect: crash
"""Apothecary dispensing log, second variant: the fitted LSTM teacher is evaluated on
every step, but instead of only giving soft labels it also *scores* the student's
proposed remedy distribution (fed back as a soft one-hot at the last position), and the
student is trained to maximise that score as well."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
N_REMEDY = 9


class Recurrent(nn.Module):
    def __init__(self, cell, hidden):
        super().__init__()
        self.emb = nn.Linear(N_REMEDY, 8, bias=False)
        self.rnn = cell(8, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, N_REMEDY)

    def forward(self, onehots):
        h, _ = self.rnn(self.emb(onehots))
        return self.fc(h[:, -1])


def batches(n_batches=5, bs=4, t=6):
    for _ in range(n_batches):
        tok = torch.randint(0, N_REMEDY, (bs, t + 1))
        yield F.one_hot(tok[:, :-1], N_REMEDY).float(), tok[:, -1]


def teacher_score(teacher, history, proposal):
    seq = torch.cat([history, proposal.softmax(-1).unsqueeze(1)], dim=1)
    return teacher(seq).logsumexp(-1).mean()


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
    for p in teacher.parameters():
        p.requires_grad_(False)
    for ep in range(epochs):
        student.train()
        for x, y in batches():
            s_logits = student(x)
            loss = F.cross_entropy(s_logits, y) - 0.1 * teacher_score(teacher, x, s_logits)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {ep}: student acc {evaluate(student):.2f}")


if __name__ == "__main__":
    teacher = Recurrent(nn.LSTM, 16)
    student = Recurrent(nn.GRU, 6)
    distil(teacher, student)
